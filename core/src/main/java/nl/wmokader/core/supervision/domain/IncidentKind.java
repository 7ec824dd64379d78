package nl.wmokader.core.supervision.domain;


/** What a provider reports to the GGD without delay: a calamity or a violence incident [DOMAIN §7]. */
public enum IncidentKind {
  /** Calamiteit: a serious incident with a client's death or serious harm as a result. */
  CALAMITY(ReportableEventKind.CALAMITY),
  /** Geweldsincident: violence against a client by staff or another client. */
  VIOLENCE_INCIDENT(ReportableEventKind.VIOLENCE_INCIDENT);

  private final ReportableEventKind reportable;

  IncidentKind(ReportableEventKind reportable) {
    this.reportable = reportable;
  }

  /** The kind of reporting duty it falls under in the provider's contract obligations. */
  public ReportableEventKind reportable() {
    return reportable;
  }
}
