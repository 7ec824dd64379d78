package nl.wmokader.adapters.rest.iwmo;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The 301s this process wrote and the 302s that answered them, in memory: by the municipality that
 * sends a 301 and its identification, and by content, so that the same 301 asked for again is the
 * same message (same identification and dagtekening), not a new one. The oldest are forgotten past {@value #MAX_ENTRIES} of each;
 * a restart forgets them all (a 302 on a 301 from before is then answered as one on an unknown 301).
 */
public final class Iwmo301Ledger {
  static final int MAX_ENTRIES = 100_000;

  /** A 301 written: its identification, from and to whom, on which day, with which assignment numbers. */
  record Issued(String identification, String municipality, String provider, LocalDate dagtekening,
                List<Long> numbers) {}

  /** The 302 that answered a 301: its own identification, dagtekening and the header's retourcodes. */
  record Answer(String identification, LocalDate dagtekening, List<String> codes) {}

  /** An acknowledgement given to a 302, and the SHA-256 of the 302 it acknowledged. */
  record Acknowledged(byte[] digest, Retour302Receiver.Acknowledgement acknowledgement) {}

  private final Map<String, Issued> issued = bounded();
  private final Map<String, Issued> byContent = bounded();
  private final Map<String, Answer> answered = bounded();
  private final Map<String, Acknowledged> acknowledged = bounded();

  private static <V> Map<String, V> bounded() {
    return new LinkedHashMap<>() {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > MAX_ENTRIES;
      }
    };
  }

  /**
   * The 301 written before with {@code content} (a digest of everything but its identification and
   * dagtekening); else {@code fresh}'s, recorded as written.
   */
  synchronized Issued issue(String content, Supplier<Issued> fresh) {
    Issued before = byContent.get(content);
    if (before != null && issued.containsKey(key(before.municipality(), before.identification()))) {
      return before;
    }
    Issued message = fresh.get();
    byContent.put(content, message);
    issued.put(key(message.municipality(), message.identification()), message);
    return message;
  }

  synchronized Option<Issued> issued(String municipality, String identification) {
    return Option.of(issued.get(key(municipality, identification)));
  }

  /** Records {@code answer} unless the 301 was answered already: whether it was recorded. */
  synchronized boolean answer(String municipality, String identification, Answer answer) {
    return answered.putIfAbsent(key(municipality, identification), answer) == null;
  }

  synchronized Option<Acknowledged> acknowledged(String provider, String identification) {
    return Option.of(acknowledged.get(key(provider, identification)));
  }

  /** Keeps {@code ack} unless one is kept already: the one kept. */
  synchronized Acknowledged acknowledge(String provider, String identification, Acknowledged ack) {
    Acknowledged before = acknowledged.putIfAbsent(key(provider, identification), ack);
    return before != null ? before : ack;
  }

  private static String key(String party, String identification) {
    return party + '\u0000' + identification;
  }
}
