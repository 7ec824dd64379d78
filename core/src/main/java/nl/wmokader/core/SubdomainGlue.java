package nl.wmokader.core;

import nl.wmokader.core.indication.port.out.ApprovedClaims;
import nl.wmokader.core.obligations.ObligationsModule;
import nl.wmokader.core.obligations.port.out.ProviderActivity;
import nl.wmokader.core.obligations.port.out.QualityFindings;
import nl.wmokader.core.obligations.port.out.ReportableEvents;
import nl.wmokader.core.obligations.port.out.TurnoverSource;
import nl.wmokader.core.settlement.port.out.ClaimReferenceData;
import nl.wmokader.core.supervision.port.out.ProviderTurnover;

/**
 * Where a subdomain's port is answered from another subdomain's store: settlement tells
 * indication (upstream of it) which assignments carry approved claims; settlement, supervision and
 * indication tell the obligations (downstream of all three) a provider's turnover, its quality
 * findings and reportable events, and who still delivers. An embedder may answer the first four
 * itself ({@link WmoKaderBuilder}). The one place the composition joins subdomains.
 */
final class SubdomainGlue {

  private final ApprovedClaims approvedClaims;
  private final TurnoverSource turnover;
  private final QualityFindings qualityFindings;
  private final ReportableEvents reportableEvents;
  private final ProviderActivity activity;
  private final ClaimReferenceData claimReferenceData;

  SubdomainGlue(WmoKaderBuilder b) {
    this.approvedClaims = b.approvedClaims != null ? b.approvedClaims : b.claims::hasApprovedLines;
    this.turnover = b.turnover != null ? b.turnover : b.claims::turnover;
    this.qualityFindings = b.qualityFindings != null
        ? b.qualityFindings : new SupervisionQualityFindings(b.investigations);
    this.reportableEvents = b.reportableEvents != null
        ? b.reportableEvents : new SupervisionReportableEvents(b.calamities, b.investigations);
    this.activity = new AssignmentProviderActivity(b.assignments);
    this.claimReferenceData = new ClaimReferenceDataFromStores(b.assignments, b.products, b.contracts);
  }

  ApprovedClaims approvedClaims() {
    return approvedClaims;
  }

  ObligationsModule.Upstream obligationsUpstream() {
    return new ObligationsModule.Upstream(turnover, activity, qualityFindings, reportableEvents);
  }

  ClaimReferenceData claimReferenceData() {
    return claimReferenceData;
  }

  ProviderTurnover providerTurnover() {
    return turnover::turnover;
  }
}
