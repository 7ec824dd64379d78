package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;

/** One statement's figures in one group of the results: shown, or suppressed for being too small. */
public sealed interface Cell {

  /**
   * The figures of a cell with enough respondents, as exact integers.
   *
   * @param respondents who answered 1..5 (n.v.t. not included): the share's denominator
   * @param distribution how many answered 1, 2, 3, 4 and 5, in that order
   * @param notApplicable how many answered n.v.t./weet niet
   * @param agreeing how many answered 4 or 5: the share's numerator
   * @param agreeBasisPoints {@code agreeing / respondents} in hundredths of a percent, rounded half up
   */
  record Shown(int respondents, Seq<Integer> distribution, int notApplicable, int agreeing, long agreeBasisPoints)
      implements Cell {
    public Shown {
      requireNonNull(distribution, "distribution");
      if (distribution.size() != 5 || distribution.sum().intValue() != respondents
          || agreeing != distribution.get(3) + distribution.get(4)) {
        throw new IllegalArgumentException("a cell's distribution has five counts that add up to its respondents");
      }
    }
  }

  /** Fewer respondents than the minimum (or the next smallest, where one alone would be derivable): no figures. */
  record Suppressed() implements Cell {}

  default boolean isSuppressed() {
    return this instanceof Suppressed;
  }
}
