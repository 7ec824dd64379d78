package nl.wmokader.adapters.rest.iwmo;

import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@link IwmoMessageLog} in memory: what a single process answered since it started, each answer
 * compressed (a 20,000-line 325 of 17 MB keeps well under 1 MB), the oldest forgotten first once
 * they hold more than {@code maxBytes}. A restart, or an answer forgotten, forgets the message: a
 * claim sent again then is still answered alike by the core (the same claim number with the same
 * content is the same claim), under a new answer identification, and another message reusing the
 * identification is no longer recognised (no 9056).
 */
public final class InMemoryIwmoMessageLog implements IwmoMessageLog {
  /** What {@link #InMemoryIwmoMessageLog()} keeps at most: compressed answers of 64 MB. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private final long maxBytes;
  private final String prefix;
  private final Map<String, Kept> answers = new LinkedHashMap<>();
  private final AtomicLong identifications = new AtomicLong();
  private long bytes;

  private record Kept(byte[] digest, byte[] compressed) {}

  /** Answer identifications {@code A1}, {@code A2}, … (unique per log). */
  public InMemoryIwmoMessageLog() {
    this(DEFAULT_MAX_BYTES);
  }

  public InMemoryIwmoMessageLog(long maxBytes) {
    this(maxBytes, "A");
  }

  /**
   * Answer identifications {@code prefix} and a counter (base 36): a process that answers beside
   * another (the folder import beside the service), or after another's restart, takes a prefix of
   * its own (1 to 7 capitals or digits), so that its answers' identifications are not the other's.
   */
  public InMemoryIwmoMessageLog(long maxBytes, String prefix) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    if (prefix == null || !prefix.matches("[A-Z0-9]{1,7}")) {
      throw new IllegalArgumentException("prefix must be 1 to 7 capitals or digits");
    }
    this.maxBytes = maxBytes;
    this.prefix = prefix;
  }

  /**
   * A prefix of {@code letter} and the second of {@code start} (base 36, its last six digits): a
   * process started in another second identifies its answers apart from this one's.
   */
  public static String prefixAt(char letter, java.time.Instant start) {
    String seconds = Long.toString(Math.abs(start.getEpochSecond()), 36).toUpperCase(java.util.Locale.ROOT);
    return Character.toUpperCase(letter) + seconds.substring(Math.max(0, seconds.length() - 6));
  }

  @Override
  public synchronized Option<Logged> find(String code, String sender, String identification) {
    return Option.of(answers.get(key(code, sender, identification)))
        .map(k -> new Logged(k.digest(), decompress(k.compressed())));
  }

  @Override
  public Logged keep(String code, String sender, String identification, Logged logged) {
    byte[] compressed = compress(logged.answer());   // outside the lock: the slow part
    synchronized (this) {
      String key = key(code, sender, identification);
      Kept before = answers.get(key);
      if (before != null) {
        return new Logged(before.digest(), decompress(before.compressed()));
      }
      answers.put(key, new Kept(logged.digest(), compressed));
      bytes += compressed.length;
      for (Iterator<Kept> oldest = answers.values().iterator(); bytes > maxBytes && oldest.hasNext(); ) {
        bytes -= oldest.next().compressed().length;
        oldest.remove();
      }
      return logged;
    }
  }

  @Override
  public String nextIdentification() {
    // at most 7 + 5 characters (LDT_IdentificatieBericht: 12) until 60 million answers
    return prefix + Long.toString(identifications.incrementAndGet(), 36).toUpperCase(java.util.Locale.ROOT);
  }

  private static String key(String code, String sender, String identification) {
    return code + '\u0000' + sender + '\u0000' + identification;
  }

  private static byte[] compress(byte[] answer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, answer.length / 16));
    // the fastest level: it runs on the request's time, and XML shrinks well at any level
    try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
      {
        def.setLevel(java.util.zip.Deflater.BEST_SPEED);
      }
    }) {
      gzip.write(answer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] decompress(byte[] compressed) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
