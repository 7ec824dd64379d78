package nl.wmokader.core;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import nl.wmokader.core.audit.port.out.AuditTrail;
import nl.wmokader.core.catalogue.port.out.ProductRepository;
import nl.wmokader.core.contracting.domain.OpenHouseTerms;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.indication.domain.IntakeTerms;
import nl.wmokader.core.indication.port.out.ApprovedClaims;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.indication.port.out.AssignmentRequestRepository;
import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.monitoring.domain.SurveyTerms;
import nl.wmokader.core.monitoring.port.out.MonitoringFacts;
import nl.wmokader.core.monitoring.port.out.SurveyStore;
import nl.wmokader.core.obligations.domain.ObligationTerms;
import nl.wmokader.core.obligations.port.out.QualityDeclarationRepository;
import nl.wmokader.core.obligations.port.out.QualityFindings;
import nl.wmokader.core.obligations.port.out.RefusalRepository;
import nl.wmokader.core.obligations.port.out.ReportableEvents;
import nl.wmokader.core.obligations.port.out.SpendingReportRepository;
import nl.wmokader.core.obligations.port.out.TurnoverSource;
import nl.wmokader.core.region.domain.RegionalArrangement;
import nl.wmokader.core.region.domain.VotingRule;
import nl.wmokader.core.region.port.out.RegionRepository;
import nl.wmokader.core.settlement.domain.BudgetTerms;
import nl.wmokader.core.settlement.domain.ContributionReferenceData;
import nl.wmokader.core.settlement.domain.ContributionSchedule;
import nl.wmokader.core.settlement.port.out.BudgetRepository;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.settlement.port.out.RecoveryRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.KnownActors;
import nl.wmokader.core.shared.WorkingDayCalendar;
import nl.wmokader.core.supervision.domain.SelectionTerms;
import nl.wmokader.core.supervision.port.out.CalamityRepository;
import nl.wmokader.core.supervision.port.out.InvestigationRepository;
import nl.wmokader.core.supervision.port.out.SignalRepository;

/** Collects the driven ports; {@link #build()} refuses to start with one missing. */
public final class WmoKaderBuilder {
  AuditTrail auditTrail;
  RegionRepository regions;
  ProductRepository products;
  ProviderRepository providers;
  ContractRepository contracts;
  IndicationRepository indications;
  AssignmentRepository assignments;
  AssignmentRequestRepository assignmentRequests;
  ApprovedClaims approvedClaims;
  RefusalRepository refusals;
  SpendingReportRepository spendingReports;
  QualityDeclarationRepository qualityDeclarations;
  TurnoverSource turnover;
  ClaimRepository claims;
  RecoveryRepository recoveries;
  BudgetRepository budgets;
  BudgetTerms budgetTerms = BudgetTerms.DEFAULT;
  ContributionSchedule contributionSchedule = ContributionReferenceData.schedule();
  VotingRule votingRule = VotingRule.reference();
  RegionalArrangement regionalArrangement = RegionalArrangement.reference();
  SignalRepository signals;
  CalamityRepository calamities;
  InvestigationRepository investigations;
  SelectionTerms selectionTerms = SelectionTerms.reference();
  QualityFindings qualityFindings;
  ReportableEvents reportableEvents;
  ObligationTerms obligationTerms = ObligationTerms.reference();
  IntakeTerms intakeTerms = IntakeTerms.reference();
  OpenHouseTerms openHouseTerms = OpenHouseTerms.reference();
  SurveyStore surveys;
  MonitoringFacts monitoringFacts;
  SurveyTerms surveyTerms = SurveyTerms.reference();
  Clock clock;
  IdGenerator ids;
  WorkingDayCalendar calendar = WorkingDayCalendar.generalTermsAct();
  AccessPolicy access;

  WmoKaderBuilder() {}

  /** Every driven port at once, as an adapter hands them over; single ports set afterwards replace these. */
  public WmoKaderBuilder ports(DrivenPorts ports) {
    requireNonNull(ports, "ports");
    return auditTrail(ports.auditTrail())
        .regions(ports.regions())
        .products(ports.products())
        .providers(ports.providers())
        .contracts(ports.contracts())
        .refusals(ports.refusals())
        .spendingReports(ports.spendingReports())
        .qualityDeclarations(ports.qualityDeclarations())
        .indications(ports.indications())
        .assignments(ports.assignments())
        .assignmentRequests(ports.assignmentRequests())
        .claims(ports.claims())
        .recoveries(ports.recoveries())
        .budgets(ports.budgets())
        .signals(ports.signals())
        .calamities(ports.calamities())
        .investigations(ports.investigations())
        .surveys(ports.surveys().getOrNull())
        .monitoringFacts(ports.monitoringFacts().getOrNull());
  }

  /** Where every access to personal data is recorded, chained (NEN 7513). */
  public WmoKaderBuilder auditTrail(AuditTrail auditTrail) {
    this.auditTrail = auditTrail;
    return this;
  }

  public WmoKaderBuilder regions(RegionRepository regions) {
    this.regions = regions;
    return this;
  }

  public WmoKaderBuilder products(ProductRepository products) {
    this.products = products;
    return this;
  }

  public WmoKaderBuilder providers(ProviderRepository providers) {
    this.providers = providers;
    return this;
  }

  public WmoKaderBuilder contracts(ContractRepository contracts) {
    this.contracts = contracts;
    return this;
  }

  public WmoKaderBuilder indications(IndicationRepository indications) {
    this.indications = indications;
    return this;
  }

  public WmoKaderBuilder assignments(AssignmentRepository assignments) {
    this.assignments = assignments;
    return this;
  }

  /** Where providers' requests for and to change assignments (iWmo 315/317) are kept, with their answers. */
  public WmoKaderBuilder assignmentRequests(AssignmentRequestRepository assignmentRequests) {
    this.assignmentRequests = assignmentRequests;
    return this;
  }

  /**
   * Optional: whether claims on an assignment were approved (an approved assignment may not be
   * deleted), for an embedder whose claims are handled outside the library. Unless given, the
   * library's own claims answer it.
   */
  public WmoKaderBuilder approvedClaims(ApprovedClaims approvedClaims) {
    this.approvedClaims = approvedClaims;
    return this;
  }

  public WmoKaderBuilder refusals(RefusalRepository refusals) {
    this.refusals = refusals;
    return this;
  }

  public WmoKaderBuilder spendingReports(SpendingReportRepository spendingReports) {
    this.spendingReports = spendingReports;
    return this;
  }

  public WmoKaderBuilder qualityDeclarations(QualityDeclarationRepository qualityDeclarations) {
    this.qualityDeclarations = qualityDeclarations;
    return this;
  }

  /**
   * Optional: providers' yearly turnover in the region (for the 2% and 5% obligations), for an
   * embedder whose claims are handled outside the library. Unless given, the approved lines of
   * the library's own claims answer it [DOMAIN §6].
   */
  public WmoKaderBuilder turnover(TurnoverSource turnover) {
    this.turnover = turnover;
    return this;
  }

  /** Claims and their answers: the hot path of settlement. */
  public WmoKaderBuilder claims(ClaimRepository claims) {
    this.claims = claims;
    return this;
  }

  public WmoKaderBuilder recoveries(RecoveryRepository recoveries) {
    this.recoveries = recoveries;
    return this;
  }

  public WmoKaderBuilder budgets(BudgetRepository budgets) {
    this.budgets = budgets;
    return this;
  }

  /** When a budget forecast signals overspending; 2% over the budget unless given. */
  public WmoKaderBuilder budgetTerms(BudgetTerms budgetTerms) {
    this.budgetTerms = budgetTerms;
    return this;
  }

  /**
   * Which personal-contribution scheme is in force in which month; the published flat rates
   * 2020-2026 unless given. A new scheme (e.g. income-dependent) is added with
   * {@link ContributionSchedule#with}.
   */
  public WmoKaderBuilder contributionSchedule(ContributionSchedule contributionSchedule) {
    this.contributionSchedule = contributionSchedule;
    return this;
  }

  /** The rule regional decisions pass by; the reference rule (3 members, more than half the inhabitants) unless given. */
  public WmoKaderBuilder votingRule(VotingRule votingRule) {
    this.votingRule = votingRule;
    return this;
  }

  /**
   * The regional arrangement with its term and extensions so far; the reference region's
   * (2024-01-01 .. 2028-12-31, not extended) unless given. An extension is configuration:
   * {@code RegionalArrangement.reference().extendByOneYear(decidedOn)}.
   */
  public WmoKaderBuilder regionalArrangement(RegionalArrangement regionalArrangement) {
    this.regionalArrangement = regionalArrangement;
    return this;
  }

  public WmoKaderBuilder signals(SignalRepository signals) {
    this.signals = signals;
    return this;
  }

  public WmoKaderBuilder calamities(CalamityRepository calamities) {
    this.calamities = calamities;
    return this;
  }

  public WmoKaderBuilder investigations(InvestigationRepository investigations) {
    this.investigations = investigations;
    return this;
  }

  /** Capacity, coverage limit and risk weights of the proactive selection; {@link SelectionTerms#reference()} unless given. */
  public WmoKaderBuilder selectionTerms(SelectionTerms selectionTerms) {
    this.selectionTerms = selectionTerms;
    return this;
  }

  /**
   * Optional: findings on the quality framework, for an embedder whose supervision is kept
   * outside the library. Unless given, the library's own investigations answer it.
   */
  public WmoKaderBuilder qualityFindings(QualityFindings qualityFindings) {
    this.qualityFindings = qualityFindings;
    return this;
  }

  /**
   * Optional: calamities, incidents and measures a provider must report, for an embedder whose
   * supervision is kept outside the library. Unless given, the library's own calamities answer it.
   */
  public WmoKaderBuilder reportableEvents(ReportableEvents reportableEvents) {
    this.reportableEvents = reportableEvents;
    return this;
  }

  /** Percentages, deadlines and the dormancy period of the obligations; the reference values unless given. */
  public WmoKaderBuilder obligationTerms(ObligationTerms obligationTerms) {
    this.obligationTerms = obligationTerms;
    return this;
  }

  /** The legal terms of intake and objection; the Wmo 2015 and Awb defaults unless given. */
  public WmoKaderBuilder intakeTerms(IntakeTerms intakeTerms) {
    this.intakeTerms = intakeTerms;
    return this;
  }

  /** The procurement periods and admission checklist of open-house admission; the reference region's unless given. */
  public WmoKaderBuilder openHouseTerms(OpenHouseTerms openHouseTerms) {
    this.openHouseTerms = openHouseTerms;
    return this;
  }

  /**
   * Optional: where the client experience survey keeps its invitations and responses. Unless given,
   * the installation keeps no survey and the survey's use cases answer {@code NotKept}.
   */
  public WmoKaderBuilder surveys(SurveyStore surveys) {
    this.surveys = surveys;
    return this;
  }

  /**
   * Optional: the facts the monitoring figures are computed from (assignments and delivered volume of
   * a period). Unless given, the figures' use case answers {@code NotKept}; cost is read from the
   * claims' store's maintained totals either way.
   */
  public WmoKaderBuilder monitoringFacts(MonitoringFacts monitoringFacts) {
    this.monitoringFacts = monitoringFacts;
    return this;
  }

  /** The survey's questionnaire and minimum cell; the standard Wmo statements and 10 unless given. */
  public WmoKaderBuilder surveyTerms(SurveyTerms surveyTerms) {
    this.surveyTerms = surveyTerms;
    return this;
  }

  /** "Today" for every use case: {@code LocalDate.now(clock)} in the clock's zone. */
  public WmoKaderBuilder clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** Where new identifiers come from, e.g. {@code UUID::randomUUID}. */
  public WmoKaderBuilder ids(IdGenerator ids) {
    this.ids = ids;
    return this;
  }

  /** The working-day calendar of legal terms; the General Time Limits Act by default. */
  public WmoKaderBuilder calendar(WorkingDayCalendar calendar) {
    this.calendar = calendar;
    return this;
  }

  /**
   * The policy every use case's role check and every decision to show personal data asks. Unless
   * given: the region's rules with the staff of a municipality that is not a member, or of a
   * provider that is not registered, refused ({@link AccessPolicy#standard(KnownActors)}, answered by
   * the region's and contracting's own use cases). Wrap a standard one to record its decisions;
   * {@link AccessPolicy#standard()} trusts every municipality and provider named.
   */
  public WmoKaderBuilder access(AccessPolicy access) {
    this.access = access;
    return this;
  }

  public WmoKader build() {
    requireNonNull(auditTrail, "auditTrail: an AuditTrail is required");
    requireNonNull(regions, "regions: a RegionRepository is required");
    requireNonNull(products, "products: a ProductRepository is required");
    requireNonNull(providers, "providers: a ProviderRepository is required");
    requireNonNull(contracts, "contracts: a ContractRepository is required");
    requireNonNull(indications, "indications: an IndicationRepository is required");
    requireNonNull(assignments, "assignments: an AssignmentRepository is required");
    requireNonNull(assignmentRequests, "assignmentRequests: an AssignmentRequestRepository is required");
    requireNonNull(refusals, "refusals: a RefusalRepository is required");
    requireNonNull(spendingReports, "spendingReports: a SpendingReportRepository is required");
    requireNonNull(qualityDeclarations, "qualityDeclarations: a QualityDeclarationRepository is required");
    requireNonNull(claims, "claims: a ClaimRepository is required");
    requireNonNull(recoveries, "recoveries: a RecoveryRepository is required");
    requireNonNull(budgets, "budgets: a BudgetRepository is required");
    requireNonNull(budgetTerms, "budgetTerms is required");
    requireNonNull(contributionSchedule, "contributionSchedule is required");
    requireNonNull(votingRule, "votingRule is required");
    requireNonNull(regionalArrangement, "regionalArrangement is required");
    requireNonNull(signals, "signals: a SignalRepository is required");
    requireNonNull(calamities, "calamities: a CalamityRepository is required");
    requireNonNull(investigations, "investigations: an InvestigationRepository is required");
    requireNonNull(selectionTerms, "selectionTerms is required");
    requireNonNull(obligationTerms, "obligationTerms is required");
    requireNonNull(intakeTerms, "intakeTerms is required");
    requireNonNull(openHouseTerms, "openHouseTerms is required");
    requireNonNull(surveyTerms, "surveyTerms is required");
    requireNonNull(clock, "clock is required");
    requireNonNull(ids, "ids: an IdGenerator is required");
    requireNonNull(calendar, "calendar is required");
    return new WmoKader(this);
  }
}
