package nl.wmokader.core.contracting.domain;

/**
 * The contract's waiting-time norm: at most {@code maxDays} calendar days from an assignment to the
 * start of delivery (1..365). Indication lists assignments over it; settlement may read it.
 */
public record WaitingTimeNorm(int maxDays) {
  public static final int MAX_DAYS = 365;

  public WaitingTimeNorm {
    if (maxDays < 1 || maxDays > MAX_DAYS) {
      throw new IllegalArgumentException("a waiting-time norm is 1.." + MAX_DAYS + " days");
    }
  }

  /** Whether a wait of {@code days} stays within the norm. */
  public boolean allows(long days) {
    return days <= maxDays;
  }
}
