package nl.wmokader.core.indication.domain;

/** How precisely an assignment names what to deliver (iWmo 301: specifieke, aspecifieke, generieke toewijzing). */
public enum AssignmentType {
  /** Category, product code and volume. */
  SPECIFIC,
  /** Category only; the provider chooses products within it; the volume is optional. */
  ASPECIFIC,
  /** A budget only: the volume is an amount in euros (cents). */
  GENERIC
}
