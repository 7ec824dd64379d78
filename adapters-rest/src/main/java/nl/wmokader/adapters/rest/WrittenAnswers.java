package nl.wmokader.adapters.rest;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The JSON of answers the core hands out again as the same instance (a final settlement month's
 * figures, kept between requests), written once and then sent as written. Held by what an answer
 * is about and matched by identity: an answer computed afresh is a new instance and is written
 * afresh, however equal its figures, so nothing here decides what is still current. At most
 * {@value #CAPACITY} answers are held, the most recent of each key.
 */
public final class WrittenAnswers<T> {
  static final int CAPACITY = 128;

  private final Function<? super T, ?> key;
  private final ApiCall.JsonWriter<? super T> writer;
  private final ConcurrentHashMap<Object, Written> written = new ConcurrentHashMap<>();

  /** An answer and its JSON. */
  private record Written(Object answer, byte[] json) {}

  /**
   * @param key what an answer is about (a member and month): one answer is held per key
   * @param writer how an answer is written
   */
  public WrittenAnswers(Function<? super T, ?> key, ApiCall.JsonWriter<? super T> writer) {
    this.key = requireNonNull(key, "key");
    this.writer = requireNonNull(writer, "writer");
  }

  /** {@code answer} as {@code writer} writes it: written before when it is the very answer held. */
  byte[] json(T answer) {
    Object about = key.apply(answer);
    Written held = written.get(about);
    if (held != null && held.answer() == answer) {
      return held.json();
    }
    byte[] json = Json.write(answer, writer);
    if (written.size() >= CAPACITY) {
      // many keys asked (months of many years): start over rather than track which is oldest
      written.clear();
    }
    written.put(about, new Written(answer, json));
    return json;
  }
}
