package nl.wmokader.core.settlement.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers kept between requests because they can no longer change (a final settlement month): the
 * {@value #CAPACITY} most recently asked, so a month's settlement is read from the store once and
 * then answered as the same instance. Instance state of one service, never shared between regions.
 */
final class FinalAnswers {
  /** Member-months and months kept at most: a region's five members over two years, with room. */
  static final int CAPACITY = 128;

  private final Map<Object, Object> kept = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
      return size() > CAPACITY;
    }
  };

  /**
   * The answer kept under {@code key}, or the one {@code compute} gives, kept from now on. Two
   * requests that miss together both compute (the same figures); the first one kept stays.
   */
  @SuppressWarnings("unchecked")
  <T> T get(Object key, Supplier<T> compute) {
    synchronized (kept) {
      Object answer = kept.get(key);
      if (answer != null) {
        return (T) answer;
      }
    }
    T answer = compute.get();
    synchronized (kept) {
      return (T) kept.computeIfAbsent(key, k -> answer);
    }
  }
}
