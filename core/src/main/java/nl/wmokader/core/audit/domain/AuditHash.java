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
 * entries encode alike, whatever their text holds.
 */
public final class AuditHash {

  /** The previous hash of a chain's first entry. */
  public static final String GENESIS = "0".repeat(64);
  /** Names the encoding, so that a later one can never be mistaken for it. */
  private static final String VERSION = "wmo-audit-v1";

  private AuditHash() {}

  /** The hash of the entry {@code seq} of {@code chain} recording {@code record}, after {@code previous}. */
  public static String of(ChainKey chain, long seq, AuditRecord record, String previous) {
    MessageDigest sha = sha256();
    field(sha, VERSION);
    field(sha, chain.value());
    field(sha, Long.toString(seq));
    field(sha, micros(record.at()));
    field(sha, record.actor().role().name());
    field(sha, record.organisation().getOrNull());
    field(sha, record.actor().person().getOrNull());
    field(sha, record.client().map(c -> c.value()).getOrNull());
    field(sha, record.action().name());
    field(sha, record.resource());
    field(sha, record.resourceId());
    field(sha, record.outcome().name());
    field(sha, previous);
    return HexFormat.of().formatHex(sha.digest());
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

  private static void field(MessageDigest sha, String value) {
    if (value == null) {
      sha.update(new byte[] {-1, -1, -1, -1});
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    int n = bytes.length;
    sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    sha.update(bytes);
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
