package nl.wmokader.core.supervision.domain;

/** What a provider must report to the region or the GGD, each with its own term [DOMAIN §6-7]. */
public enum ReportableEventKind {
  /** A supervision measure imposed on the provider: reported within calendar days (VNG model contract: 7). */
  SUPERVISION_MEASURE,
  /** A calamity: reported without delay, at the latest within working days (2) of the incident. */
  CALAMITY,
  /** A violence incident: reported like a calamity. */
  VIOLENCE_INCIDENT
}
