package nl.wmokader.core.obligations.domain;

/**
 * The obligations every contract carries, each evaluated per provider per calendar year [B §4.1-4.2,
 * §5; DOMAIN §6], in the order an evaluation lists them.
 */
public enum ObligationKind {
  /** Acceptatieplicht: accept every client with an indication; refusals are recorded and counted. */
  ACCEPTANCE,
  /** Transformatieplicht: at least a share (reference 2%) of the year's turnover spent on transforming care. */
  TRANSFORMATION,
  /** Social return: at least a share (reference 5%) of turnover spent on people distant from the labour market. */
  SOCIAL_RETURN,
  /** Kwaliteitskader: compliance declared by the provider and not contradicted by supervision findings. */
  QUALITY_FRAMEWORK,
  /** Meldplichten: supervision measures, calamities and violence incidents reported in time. */
  REPORTING
}
