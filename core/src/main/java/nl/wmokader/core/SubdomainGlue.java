package nl.wmokader.core;

import nl.wmokader.core.contracting.ContractingModule;
import nl.wmokader.core.contracting.port.out.ProviderActivity;
import nl.wmokader.core.contracting.port.out.QualityFindings;
import nl.wmokader.core.contracting.port.out.ReportableEvents;
import nl.wmokader.core.contracting.port.out.TurnoverSource;
import nl.wmokader.core.indication.port.out.ApprovedClaims;
import nl.wmokader.core.settlement.port.out.ClaimReferenceData;
import nl.wmokader.core.supervision.port.out.ProviderTurnover;

/**
 * Where an upstream subdomain's port is answered by a downstream subdomain's store: settlement
 * tells indication which assignments carry approved claims and contracting (and supervision) a
 * provider's turnover; supervision tells contracting's obligations the quality findings and
 * reportable events; indication's assignments tell contracting who still delivers. An embedder
 * may answer the first four itself ({@link WmoKaderBuilder}). The one place the composition joins
 * subdomains.
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

  ContractingModule.Downstream contractingDownstream() {
    return new ContractingModule.Downstream(turnover, activity, qualityFindings, reportableEvents);
  }

  ClaimReferenceData claimReferenceData() {
    return claimReferenceData;
  }

  ProviderTurnover providerTurnover() {
    return turnover::turnover;
  }
}
