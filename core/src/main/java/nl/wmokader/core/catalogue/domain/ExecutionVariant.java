package nl.wmokader.core.catalogue.domain;

/** How a product is bought and claimed (uitvoeringsvariant). */
public enum ExecutionVariant {
  /** Inspanningsgericht: a tariff per time unit or piece; amount = volume × tariff. */
  EFFORT_BASED,
  /** Outputgericht: a tariff per piece or a fixed amount per period; claim moments in the contract. */
  OUTPUT_BASED,
  /** Taakgericht: a budget for a provider's task over a population; no client-level assignments or claims. */
  TASK_BASED
}
