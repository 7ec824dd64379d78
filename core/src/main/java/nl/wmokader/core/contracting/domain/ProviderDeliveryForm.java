package nl.wmokader.core.contracting.domain;

/**
 * How a provider delivers support: contracted in kind, paid from clients' personal budgets, or both.
 * Contracting's own type: the indication subdomain, downstream, has its own delivery form of a grant
 * and may map between the two by name.
 */
public enum ProviderDeliveryForm {
  /** Zorg in natura (ZIN): delivered under a contract with the region, claimed from the municipality. */
  IN_KIND,
  /** Persoonsgebonden budget (PGB): delivered to clients who pay from their own budget (via the SVB). */
  PERSONAL_BUDGET
}
