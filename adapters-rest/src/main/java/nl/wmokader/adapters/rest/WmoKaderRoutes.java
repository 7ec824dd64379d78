package nl.wmokader.adapters.rest;

import java.util.List;
import nl.wmokader.adapters.rest.assignment.AssignmentRoutes;
import nl.wmokader.adapters.rest.assignment.DeliveryRoutes;
import nl.wmokader.adapters.rest.assignment.WaitingTimeNormRoutes;
import nl.wmokader.adapters.rest.assignment.WaitingTimeRoutes;
import nl.wmokader.adapters.rest.catalogue.ProductRoutes;
import nl.wmokader.adapters.rest.contracting.AdmissionRoutes;
import nl.wmokader.adapters.rest.contracting.ClientStopRequestRoutes;
import nl.wmokader.adapters.rest.contracting.ContractLifecycleRoutes;
import nl.wmokader.adapters.rest.contracting.ContractRoutes;
import nl.wmokader.adapters.rest.contracting.DeliveryRightRoutes;
import nl.wmokader.adapters.rest.contracting.LotRoutes;
import nl.wmokader.adapters.rest.contracting.ProviderRoutes;
import nl.wmokader.adapters.rest.governance.GovernanceRoutes;
import nl.wmokader.adapters.rest.indication.IndicationRoutes;
import nl.wmokader.adapters.rest.obligations.DormantContractRoutes;
import nl.wmokader.adapters.rest.obligations.ObligationRoutes;
import nl.wmokader.adapters.rest.region.RegionRoutes;
import nl.wmokader.adapters.rest.settlement.BudgetRoutes;
import nl.wmokader.adapters.rest.settlement.ClaimRoutes;
import nl.wmokader.adapters.rest.settlement.SettlementRoutes;
import nl.wmokader.adapters.rest.supervision.CalamityRoutes;
import nl.wmokader.adapters.rest.supervision.InvestigationRoutes;
import nl.wmokader.adapters.rest.supervision.ProactiveSelectionRoutes;
import nl.wmokader.adapters.rest.supervision.SignalRoutes;
import nl.wmokader.core.WmoKader;

/** Every resource of the API, wired to the use cases of one {@link WmoKader}. */
public final class WmoKaderRoutes {
  private WmoKaderRoutes() {}

  /** The routes of every resource; pass them to {@link WmoRestApi#register}. */
  public static List<ApiRoutes> of(WmoKader wmo) {
    return List.of(
        new RegionRoutes(wmo.getRegion(), wmo.defineRegion(), wmo.recordInhabitants()),
        new ProductRoutes(wmo.listProducts(), wmo.getProduct(), wmo.findProduct(), wmo.findReferenceTariff(),
            wmo.defineProduct(), wmo.reviseProduct(), wmo.setReferenceTariff()),
        new ProviderRoutes(wmo.listProviders(), wmo.getProvider(), wmo.registerProvider(), wmo.updateProvider()),
        new ContractRoutes(wmo.listContracts(), wmo.getContract(), wmo.contractProvider(), wmo.addLot(),
            wmo.terminateContract(), wmo.imposeClientStop(), wmo.liftClientStop()),
        new AdmissionRoutes(wmo.applyForAdmission(), wmo.submitEvidence(), wmo.admitApplication(), wmo.listEvidenceAlerts()),
        new ContractLifecycleRoutes(wmo.activateContract(), wmo.suspendContract(), wmo.reactivateContract()),
        new LotRoutes(wmo.setLotTariff(), wmo.indexTariff(), wmo.setClaimMoments(), wmo.setWaitingTimeNorm()),
        new ClientStopRequestRoutes(wmo.requestClientStop(), wmo.decideOnClientStopRequest()),
        new DeliveryRightRoutes(wmo.findDeliveryRight()),
        new ObligationRoutes(wmo.recordRefusal(), wmo.getRefusal(), wmo.listRefusals(), wmo.reportSpending(),
            wmo.declareQualityCompliance(), wmo.evaluateObligations()),
        new DormantContractRoutes(wmo.listDormantContracts()),
        new IndicationRoutes(wmo.reportNeed(), wmo.completeAssessment(), wmo.submitApplication(),
            wmo.decideOnApplication(), wmo.fileObjection(), wmo.decideOnObjection(), wmo.getIndication(),
            wmo.listIndications(), wmo.listOverdue(), wmo.intakeDeadlines()),
        new AssignmentRoutes(wmo.issueAssignment(), wmo.extendAssignment(), wmo.changeAssignmentVolume(),
            wmo.deleteAssignment(), wmo.getAssignment(), wmo.listAssignments()),
        new DeliveryRoutes(wmo.reportDeliveryStart(), wmo.reportDeliveryStop()),
        new WaitingTimeRoutes(wmo.listWaitingTimes()),
        new WaitingTimeNormRoutes(wmo.listAssignmentsOverNorm()),
        new ClaimRoutes(wmo.submitClaim(), wmo.getClaim(), wmo.listClaims()),
        new SettlementRoutes(wmo.getMemberSettlement(), wmo.getCentralPayment(), wmo.registerRecovery()),
        new BudgetRoutes(wmo.setBudget(), wmo.getBudgetStatus()),
        new GovernanceRoutes(wmo.allocateCosts(), wmo.calculateContribution(), wmo.countVotes(), wmo.getArrangement()),
        new SignalRoutes(wmo.recordSignal(), wmo.decideOnSignal(), wmo.listSignals()),
        new CalamityRoutes(wmo.reportCalamity(), wmo.recordGgdStep(), wmo.listCalamities()),
        new InvestigationRoutes(wmo.openInvestigation(), wmo.getInvestigation(), wmo.listInvestigations(),
            wmo.advanceInvestigation(), wmo.recordFinding(), wmo.addOutcome(), wmo.followUpImprovementPoint(),
            wmo.informMembers(), wmo.listOverdueImprovementPoints(), wmo.reportMeasure()),
        new ProactiveSelectionRoutes(wmo.selectProactive()));
  }
}
