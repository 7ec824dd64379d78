package nl.wmokader.core.supervision.domain;

/**
 * Where a reported calamity stands: the GGD investigates it on the region's behalf, and the region
 * follows its conclusion.
 * <pre>
 *   REPORTED ──GGD starts──▶ GGD_INVESTIGATING ──GGD concludes──▶ CONCLUDED ──region follows──▶ FOLLOWED_UP
 * </pre>
 */
public enum CalamityStatus {
  REPORTED,
  GGD_INVESTIGATING,
  CONCLUDED,
  FOLLOWED_UP
}
