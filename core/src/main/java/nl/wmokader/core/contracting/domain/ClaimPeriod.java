package nl.wmokader.core.contracting.domain;

/** The period of a {@link ClaimMomentKind#PER_PERIOD} claim moment: the iWmo claim periods. */
public enum ClaimPeriod {
  MONTH,
  FOUR_WEEKS,
  QUARTER
}
