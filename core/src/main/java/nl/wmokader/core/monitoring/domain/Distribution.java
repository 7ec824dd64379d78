package nl.wmokader.core.monitoring.domain;

import io.vavr.collection.Seq;

/**
 * Percentiles of a number of days, exact: the nearest-rank definition over the sorted values
 * {@code v[1] <= … <= v[n]}, the p-th percentile is {@code v[ceil(p × n / 100)]} (for p > 0),
 * computed in integers. It is always one of the values (no interpolation), e.g. the median of
 * 1, 2, 3, 4 is 2. PostgreSQL's {@code percentile_disc(p / 100.0)} answers the same.
 *
 * @param count how many values
 */
public record Distribution(long count, long p25, long median, long p75, long p90) {

  /** The distribution of {@code days} (at least one value). */
  public static Distribution of(Seq<Long> days) {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a distribution of nothing");
    }
    long[] sorted = days.toJavaStream().mapToLong(Long::longValue).sorted().toArray();
    return new Distribution(sorted.length, rank(sorted, 25), rank(sorted, 50), rank(sorted, 75), rank(sorted, 90));
  }

  /** The nearest-rank {@code percent}-th percentile (1..100) of ascending {@code sorted}. */
  public static long rank(long[] sorted, int percent) {
    if (percent < 1 || percent > 100 || sorted.length == 0) {
      throw new IllegalArgumentException("percent 1..100 of at least one value");
    }
    long n = sorted.length;
    long rank = (percent * n + 99) / 100;  // ceil(percent × n / 100), at least 1
    return sorted[(int) rank - 1];
  }
}
