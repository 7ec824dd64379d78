package nl.wmokader.adapters.rest.iwmo;

import io.vavr.control.Option;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link IwmoMessageLog} in memory: what a single process answered since it started. A restart
 * forgets it; a claim sent again after one is still answered alike by the core (the same claim
 * number with the same content is the same claim), under a new answer identification.
 */
public final class InMemoryIwmoMessageLog implements IwmoMessageLog {
  private final ConcurrentHashMap<String, Logged> answers = new ConcurrentHashMap<>();
  private final AtomicLong identifications = new AtomicLong();

  @Override
  public Option<Logged> find(String code, String sender, String identification) {
    return Option.of(answers.get(key(code, sender, identification)));
  }

  @Override
  public Logged keep(String code, String sender, String identification, Logged logged) {
    Logged before = answers.putIfAbsent(key(code, sender, identification), logged);
    return before != null ? before : logged;
  }

  @Override
  public String nextIdentification() {
    return "A" + identifications.incrementAndGet();
  }

  private static String key(String code, String sender, String identification) {
    return code + '\u0000' + sender + '\u0000' + identification;
  }
}
