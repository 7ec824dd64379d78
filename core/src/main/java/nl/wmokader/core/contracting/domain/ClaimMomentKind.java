package nl.wmokader.core.contracting.domain;

/** When a provider may claim for an output-based lot (declaratiemoment). */
public enum ClaimMomentKind {
  /** A fixed amount per period, e.g. monthly, while the assignment runs. */
  PER_PERIOD,
  /** Once, when the trajectory (or the delivery of the piece) is finished. */
  END_OF_TRAJECTORY,
  /** At each named milestone of the trajectory. */
  PER_MILESTONE
}
