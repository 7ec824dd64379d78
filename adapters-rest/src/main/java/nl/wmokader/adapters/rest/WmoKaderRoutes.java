package nl.wmokader.adapters.rest;

import nl.wmokader.adapters.rest.iwmo.InMemoryIwmoMessageLog;
import nl.wmokader.adapters.rest.iwmo.Claim323Receiver;
import nl.wmokader.adapters.rest.iwmo.DeliveryReceiver;
import nl.wmokader.adapters.rest.iwmo.Iwmo301Ledger;
import nl.wmokader.adapters.rest.iwmo.Iwmo301Routes;
import nl.wmokader.adapters.rest.iwmo.IwmoClientParticulars;
import nl.wmokader.adapters.rest.iwmo.IwmoReceiver;
import nl.wmokader.adapters.rest.iwmo.Retour302Receiver;
import nl.wmokader.adapters.rest.iwmo.IwmoRequestRoutes;
import nl.wmokader.adapters.rest.iwmo.IwmoMessageLog;
import nl.wmokader.adapters.rest.iwmo.IwmoRoutes;
import java.util.ArrayList;
import java.util.List;
import nl.wmokader.adapters.rest.catalogue.ProductRoutes;
import nl.wmokader.adapters.rest.contracting.AdmissionRoutes;
import nl.wmokader.adapters.rest.contracting.ClientStopRequestRoutes;
import nl.wmokader.adapters.rest.contracting.ContractLifecycleRoutes;
import nl.wmokader.adapters.rest.contracting.ContractRoutes;
import nl.wmokader.adapters.rest.contracting.DeliveryRightRoutes;
import nl.wmokader.adapters.rest.contracting.LotRoutes;
import nl.wmokader.adapters.rest.contracting.ProviderRoutes;
import nl.wmokader.adapters.rest.indication.AssignmentRequestRoutes;
import nl.wmokader.adapters.rest.indication.AssignmentRoutes;
import nl.wmokader.adapters.rest.indication.DeliveryRoutes;
import nl.wmokader.adapters.rest.indication.IndicationRoutes;
import nl.wmokader.adapters.rest.indication.WaitingTimeNormRoutes;
import nl.wmokader.adapters.rest.indication.WaitingTimeRoutes;
import nl.wmokader.adapters.rest.obligations.DormantContractRoutes;
import nl.wmokader.adapters.rest.obligations.ObligationRoutes;
import nl.wmokader.adapters.rest.region.RegionRoutes;
import nl.wmokader.adapters.rest.region.RegionalDecisionRoutes;
import nl.wmokader.adapters.rest.settlement.BudgetRoutes;
import nl.wmokader.adapters.rest.settlement.ClaimRoutes;
import nl.wmokader.adapters.rest.settlement.CostSharingRoutes;
import nl.wmokader.adapters.rest.settlement.SettlementRoutes;
import nl.wmokader.adapters.rest.supervision.CalamityRoutes;
import nl.wmokader.adapters.rest.supervision.InvestigationRoutes;
import nl.wmokader.adapters.rest.supervision.ProactiveSelectionRoutes;
import nl.wmokader.adapters.rest.supervision.SignalRoutes;
import nl.wmokader.adapters.rest.audit.AuditRoutes;
import nl.wmokader.adapters.rest.monitoring.ChangeFeed;
import nl.wmokader.adapters.rest.monitoring.ChangeRoutes;
import nl.wmokader.adapters.rest.monitoring.FigureRoutes;
import nl.wmokader.adapters.rest.monitoring.SurveyRoutes;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.audit.AuditModule;
import nl.wmokader.core.monitoring.MonitoringModule;
import nl.wmokader.core.catalogue.CatalogueModule;
import nl.wmokader.core.contracting.ContractingModule;
import nl.wmokader.core.indication.IndicationModule;
import nl.wmokader.core.obligations.ObligationsModule;
import nl.wmokader.core.region.RegionModule;
import nl.wmokader.core.settlement.SettlementModule;
import nl.wmokader.core.supervision.SupervisionModule;

/**
 * Every resource of the API, wired to the use cases of one {@link WmoKader}: the routes of each
 * module, in the modules' upstream order.
 */
public final class WmoKaderRoutes {
  private WmoKaderRoutes() {}

  /** The routes of every resource; pass them to {@link WmoRestApi#register}. */
  public static List<ApiRoutes> of(WmoKader wmo) {
    return of(wmo, ChangeFeed.defaults());
  }

  /** The routes of every resource, the change stream told by {@code changes}. */
  public static List<ApiRoutes> of(WmoKader wmo, ChangeFeed changes) {
    List<ApiRoutes> all = new ArrayList<>();
    all.addAll(region(wmo.region()));
    all.addAll(catalogue(wmo.catalogue()));
    all.addAll(contracting(wmo.contracting()));
    all.addAll(indication(wmo.indication()));
    all.addAll(settlement(wmo.settlement()));
    // answers identified A<start time>1, A<start time>2, …: not the same as before a restart
    IwmoMessageLog messages = new InMemoryIwmoMessageLog(InMemoryIwmoMessageLog.DEFAULT_MAX_BYTES,
        InMemoryIwmoMessageLog.prefixAt('A', wmo.clock().instant()));
    all.add(iwmo(wmo, messages));
    all.addAll(supervision(wmo.supervision()));
    all.addAll(obligations(wmo.obligations()));
    all.addAll(audit(wmo.audit()));
    all.addAll(monitoring(wmo.monitoring()));
    all.add(new ChangeRoutes(changes));
    return List.copyOf(all);
  }

  public static List<ApiRoutes> monitoring(MonitoringModule monitoring) {
    return List.of(new SurveyRoutes(monitoring), new FigureRoutes(monitoring.monitoringFigures(), monitoring.oversightFigures()));
  }

  public static List<ApiRoutes> audit(AuditModule audit) {
    return List.of(new AuditRoutes(audit.queryAuditTrail(), audit.clientAccessHistory(), audit.verifyAuditTrail()));
  }

  public static List<ApiRoutes> region(RegionModule region) {
    return List.of(new RegionRoutes(region.getRegion(), region.defineRegion(), region.recordInhabitants()),
        new RegionalDecisionRoutes(region.countVotes(), region.getArrangement()));
  }

  public static List<ApiRoutes> catalogue(CatalogueModule c) {
    return List.of(new ProductRoutes(c.listProducts(), c.getProduct(), c.findProduct(), c.findReferenceTariff(),
        c.defineProduct(), c.reviseProduct(), c.setReferenceTariff()));
  }

  public static List<ApiRoutes> contracting(ContractingModule c) {
    return List.of(
        new ProviderRoutes(c.listProviders(), c.getProvider(), c.registerProvider(), c.updateProvider()),
        new ContractRoutes(c.listContracts(), c.getContract(), c.contractProvider(), c.addLot(), c.terminateContract(),
            c.imposeClientStop(), c.liftClientStop()),
        new AdmissionRoutes(c.applyForAdmission(), c.submitEvidence(), c.admitApplication(), c.listEvidenceAlerts()),
        new ContractLifecycleRoutes(c.activateContract(), c.suspendContract(), c.reactivateContract()),
        new LotRoutes(c.setLotTariff(), c.indexTariff(), c.setClaimMoments(), c.setWaitingTimeNorm()),
        new ClientStopRequestRoutes(c.requestClientStop(), c.decideOnClientStopRequest()),
        new DeliveryRightRoutes(c.findDeliveryRight()));
  }

  public static List<ApiRoutes> obligations(ObligationsModule o) {
    return List.of(
        new ObligationRoutes(o.recordRefusal(), o.getRefusal(), o.listRefusals(), o.reportSpending(),
            o.declareQualityCompliance(), o.evaluateObligations()),
        new DormantContractRoutes(o.listDormantContracts()));
  }

  public static List<ApiRoutes> indication(IndicationModule i) {
    return List.of(
        new IndicationRoutes(i.reportNeed(), i.completeAssessment(), i.submitApplication(), i.decideOnApplication(),
            i.fileObjection(), i.decideOnObjection(), i.getIndication(), i.listIndications(), i.listOverdue(),
            i.intakeDeadlines()),
        new AssignmentRoutes(i.issueAssignment(), i.extendAssignment(), i.changeAssignmentVolume(), i.deleteAssignment(),
            i.getAssignment(), i.listAssignments()),
        new AssignmentRequestRoutes(i.submitAssignmentRequest(), i.submitChangeRequest(), i.grantAssignmentRequest(),
            i.refuseAssignmentRequest(), i.getAssignmentRequest(), i.listAssignmentRequests()),
        new DeliveryRoutes(i.reportDeliveryStart(), i.reportDeliveryStop()),
        new WaitingTimeRoutes(i.listWaitingTimes()),
        new WaitingTimeNormRoutes(i.listAssignmentsOverNorm()));
  }

  /**
   * The iWmo XML messages (the 323 claim in, its 325 answer out; the 305 and 307 delivery reports
   * in, their 306 and 308 retours out; the 301 assignment out, its 302 retour in; the providers'
   * requests 315 and 317 in, their 316 and 318 out, the 319 on a refused one, its 320), keeping its
   * answers in {@code log} ({@link WmoKaderRoutes#of} keeps them in memory) and the 301s written
   * and answered in memory ({@link Iwmo301Ledger}); a 301 knows no client particulars beyond the BSN.
   */
  public static IwmoRoutes iwmo(WmoKader wmo, IwmoMessageLog log) {
    return iwmo(wmo, log, IwmoClientParticulars.unknown());
  }

  /** As {@link #iwmo(WmoKader, IwmoMessageLog)}, a 301 saying of its client what {@code particulars} know. */
  public static IwmoRoutes iwmo(WmoKader wmo, IwmoMessageLog log, IwmoClientParticulars particulars) {
    Iwmo301Ledger ledger = new Iwmo301Ledger();
    return new IwmoRoutes(iwmoReceivers(wmo, log, ledger), List.of(
        new Iwmo301Routes(wmo.indication().getAssignment(), wmo.indication().listAssignments(), wmo.clock(), log,
            ledger, particulars),
        requests(wmo, log)));
  }

  /**
   * The receivers of every iWmo message a municipality receives, answering in {@code log}, for a
   * channel other than HTTP (a folder from the hub, {@code IwmoFolder}): a 302 there finds no 301
   * written by this process's routes.
   */
  public static List<IwmoReceiver> iwmoReceivers(WmoKader wmo, IwmoMessageLog log) {
    return iwmoReceivers(wmo, log, new Iwmo301Ledger());
  }

  private static List<IwmoReceiver> iwmoReceivers(WmoKader wmo, IwmoMessageLog log, Iwmo301Ledger ledger) {
    var i = wmo.indication();
    return List.of(
        new Claim323Receiver(wmo.settlement().submitClaim(), wmo.region().getRegion(), wmo.clock(), log),
        DeliveryReceiver.starts(i.reportDeliveryStart(), i.findAssignments(), wmo.region().getRegion(), wmo.clock(), log),
        DeliveryReceiver.stops(i.reportDeliveryStop(), i.findAssignments(), wmo.region().getRegion(), wmo.clock(), log),
        new Retour302Receiver(wmo.region().getRegion(), wmo.clock(), ledger),
        requests(wmo, log).assignmentRequests(),
        requests(wmo, log).changeRequests());
  }

  /** Providers' requests as iWmo messages: the 315 and 317 receivers, the 319 out and the 320 in. */
  private static IwmoRequestRoutes requests(WmoKader wmo, IwmoMessageLog log) {
    var i = wmo.indication();
    return new IwmoRequestRoutes(i.submitAssignmentRequest(), i.submitChangeRequest(), i.getAssignmentRequest(),
        wmo.region().getRegion(), wmo.clock(), log);
  }

  public static List<ApiRoutes> settlement(SettlementModule s) {
    return List.of(
        new ClaimRoutes(s.submitClaim(), s.getClaim(), s.listClaims()),
        new SettlementRoutes(s.getMemberSettlement(), s.getCentralPayment(), s.registerRecovery()),
        new BudgetRoutes(s.setBudget(), s.getBudgetStatus()),
        new CostSharingRoutes(s.allocateCosts(), s.calculateContribution()));
  }

  public static List<ApiRoutes> supervision(SupervisionModule s) {
    return List.of(
        new SignalRoutes(s.recordSignal(), s.decideOnSignal(), s.listSignals()),
        new CalamityRoutes(s.reportCalamity(), s.recordGgdStep(), s.listCalamities()),
        new InvestigationRoutes(s.openInvestigation(), s.getInvestigation(), s.listInvestigations(),
            s.advanceInvestigation(), s.recordFinding(), s.addOutcome(), s.followUpImprovementPoint(), s.informMembers(),
            s.listOverdueImprovementPoints(), s.reportMeasure()),
        new ProactiveSelectionRoutes(s.selectProactive()));
  }
}
