package nl.wmokader.core.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that links an entry to the one before it in its chain: SHA-256, in lower-case hex, over
 * an unambiguous encoding of the entry's chain, sequence number, every field of its record and the
 * previous entry's hash. Each field is written as its length in UTF-8 bytes (four bytes, big-endian;
 * {@code -1} for an absent value) and then those bytes, after a version tag: no two different
 * entries encode alike, whatever their text holds. A record's clients are one field, their numbers
 * joined by commas.
 */
public final class AuditHash {

  /** The previous hash of a chain's first entry. */
  public static final String GENESIS = "0".repeat(64);
  /** Names the encoding, so that a later one can never be mistaken for it. */
  private static final String VERSION = "wmo-audit-v1";

  private AuditHash() {}

  /** The hash of the entry {@code seq} of {@code chain} recording {@code record}, after {@code previous}. */
  public static String of(ChainKey chain, long seq, AuditRecord record, String previous) {
    // one buffer, one update: a claim's batch hashes thousands of entries, and SHA-256 itself is
    // the least of it when each of 26 little pieces is a call of its own
    Encoding encoding = new Encoding(512 + 10 * record.clients().size());
    encoding.field(VERSION);
    encoding.field(chain.value());
    encoding.field(Long.toString(seq));
    encoding.field(micros(record.at()));
    encoding.field(record.actor().role().name());
    encoding.field(record.organisation().getOrNull());
    encoding.field(record.actor().person().getOrNull());
    encoding.clients(record.clients());
    encoding.field(record.action().name());
    encoding.field(record.resource());
    encoding.field(record.resourceId());
    encoding.field(record.outcome().name());
    encoding.field(previous);
    MessageDigest sha = sha256();
    sha.update(encoding.bytes, 0, encoding.length);
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The fields, each as its four-byte length (-1: absent) and its UTF-8 bytes. */
  private static final class Encoding {
    private byte[] bytes;
    private int length;

    Encoding(int expected) {
      bytes = new byte[expected];
    }

    void field(String value) {
      if (value == null) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
          bytes[length++] = -1;
        }
        return;
      }
      byte[] text = value.getBytes(StandardCharsets.UTF_8);
      int n = text.length;
      ensure(4 + n);
      bytes[length++] = (byte) (n >>> 24);
      bytes[length++] = (byte) (n >>> 16);
      bytes[length++] = (byte) (n >>> 8);
      bytes[length++] = (byte) n;
      System.arraycopy(text, 0, bytes, length, n);
      length += n;
    }

    /**
     * The clients as one field: absent for none, else their numbers joined by commas. One client
     * encodes as the single client of the entries written before a record could name several, so
     * their hashes hold.
     */
    void clients(io.vavr.collection.Seq<nl.wmokader.core.shared.Bsn> clients) {
      if (clients.isEmpty()) {
        field(null);
        return;
      }
      int n = clients.size() * 10 - 1;
      ensure(4 + n);
      bytes[length++] = (byte) (n >>> 24);
      bytes[length++] = (byte) (n >>> 16);
      bytes[length++] = (byte) (n >>> 8);
      bytes[length++] = (byte) n;
      boolean first = true;
      for (nl.wmokader.core.shared.Bsn client : clients) {
        if (!first) {
          bytes[length++] = ',';
        }
        first = false;
        String number = client.value();
        for (int i = 0; i < 9; i++) {
          bytes[length++] = (byte) number.charAt(i);
        }
      }
    }

    private void ensure(int more) {
      if (length + more > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
      }
    }
  }

  /** Whether {@code hash} is written as this class writes one: 64 lower-case hex digits. */
  public static boolean isWellFormed(String hash) {
    return hash != null && hash.length() == 64
        && hash.chars().allMatch(ch -> (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'));
  }

  /** Microseconds since the epoch, in decimal: the instant exactly, whatever its zone or format elsewhere. */
  private static String micros(Instant at) {
    return Long.toString(Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000));
  }



  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must offer SHA-256
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
