package nl.wmokader.core.region.domain;

/** Why a regional decision failed; a failed decision names every requirement it missed. */
public enum RegionalDecisionShortfall {
  /** Fewer members in favour than the rule's minimum. */
  TOO_FEW_IN_FAVOUR,
  /** The members in favour do not hold more than the threshold share of all the region's inhabitants. */
  TOO_FEW_INHABITANTS_IN_FAVOUR
}
