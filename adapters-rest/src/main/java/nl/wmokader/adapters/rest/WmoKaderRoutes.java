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
        new RegionRoutes(wmo.region().getRegion(), wmo.region().defineRegion(), wmo.region().recordInhabitants()),
        new ProductRoutes(wmo.catalogue().listProducts(), wmo.catalogue().getProduct(), wmo.catalogue().findProduct(), wmo.catalogue().findReferenceTariff(),
            wmo.catalogue().defineProduct(), wmo.catalogue().reviseProduct(), wmo.catalogue().setReferenceTariff()),
        new ProviderRoutes(wmo.contracting().listProviders(), wmo.contracting().getProvider(), wmo.contracting().registerProvider(), wmo.contracting().updateProvider()),
        new ContractRoutes(wmo.contracting().listContracts(), wmo.contracting().getContract(), wmo.contracting().contractProvider(), wmo.contracting().addLot(),
            wmo.contracting().terminateContract(), wmo.contracting().imposeClientStop(), wmo.contracting().liftClientStop()),
        new AdmissionRoutes(wmo.contracting().applyForAdmission(), wmo.contracting().submitEvidence(), wmo.contracting().admitApplication(), wmo.contracting().listEvidenceAlerts()),
        new ContractLifecycleRoutes(wmo.contracting().activateContract(), wmo.contracting().suspendContract(), wmo.contracting().reactivateContract()),
        new LotRoutes(wmo.contracting().setLotTariff(), wmo.contracting().indexTariff(), wmo.contracting().setClaimMoments(), wmo.contracting().setWaitingTimeNorm()),
        new ClientStopRequestRoutes(wmo.contracting().requestClientStop(), wmo.contracting().decideOnClientStopRequest()),
        new DeliveryRightRoutes(wmo.contracting().findDeliveryRight()),
        new ObligationRoutes(wmo.contracting().recordRefusal(), wmo.contracting().getRefusal(), wmo.contracting().listRefusals(), wmo.contracting().reportSpending(),
            wmo.contracting().declareQualityCompliance(), wmo.contracting().evaluateObligations()),
        new DormantContractRoutes(wmo.contracting().listDormantContracts()),
        new IndicationRoutes(wmo.indication().reportNeed(), wmo.indication().completeAssessment(), wmo.indication().submitApplication(),
            wmo.indication().decideOnApplication(), wmo.indication().fileObjection(), wmo.indication().decideOnObjection(), wmo.indication().getIndication(),
            wmo.indication().listIndications(), wmo.indication().listOverdue(), wmo.indication().intakeDeadlines()),
        new AssignmentRoutes(wmo.indication().issueAssignment(), wmo.indication().extendAssignment(), wmo.indication().changeAssignmentVolume(),
            wmo.indication().deleteAssignment(), wmo.indication().getAssignment(), wmo.indication().listAssignments()),
        new DeliveryRoutes(wmo.indication().reportDeliveryStart(), wmo.indication().reportDeliveryStop()),
        new WaitingTimeRoutes(wmo.indication().listWaitingTimes()),
        new WaitingTimeNormRoutes(wmo.indication().listAssignmentsOverNorm()),
        new ClaimRoutes(wmo.settlement().submitClaim(), wmo.settlement().getClaim(), wmo.settlement().listClaims()),
        new SettlementRoutes(wmo.settlement().getMemberSettlement(), wmo.settlement().getCentralPayment(), wmo.settlement().registerRecovery()),
        new BudgetRoutes(wmo.settlement().setBudget(), wmo.settlement().getBudgetStatus()),
        new GovernanceRoutes(wmo.settlement().allocateCosts(), wmo.settlement().calculateContribution(), wmo.region().countVotes(), wmo.region().getArrangement()),
        new SignalRoutes(wmo.supervision().recordSignal(), wmo.supervision().decideOnSignal(), wmo.supervision().listSignals()),
        new CalamityRoutes(wmo.supervision().reportCalamity(), wmo.supervision().recordGgdStep(), wmo.supervision().listCalamities()),
        new InvestigationRoutes(wmo.supervision().openInvestigation(), wmo.supervision().getInvestigation(), wmo.supervision().listInvestigations(),
            wmo.supervision().advanceInvestigation(), wmo.supervision().recordFinding(), wmo.supervision().addOutcome(), wmo.supervision().followUpImprovementPoint(),
            wmo.supervision().informMembers(), wmo.supervision().listOverdueImprovementPoints(), wmo.supervision().reportMeasure()),
        new ProactiveSelectionRoutes(wmo.supervision().selectProactive()));
  }
}
