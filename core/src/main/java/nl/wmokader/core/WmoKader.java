package nl.wmokader.core;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import nl.wmokader.core.catalogue.application.ManageCatalogueService;
import nl.wmokader.core.catalogue.application.ReadCatalogueService;
import nl.wmokader.core.catalogue.port.in.DefineProductUseCase;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.catalogue.port.in.FindReferenceTariffUseCase;
import nl.wmokader.core.catalogue.port.in.GetProductUseCase;
import nl.wmokader.core.catalogue.port.in.ListProductsUseCase;
import nl.wmokader.core.catalogue.port.in.ReviseProductUseCase;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffUseCase;
import nl.wmokader.core.catalogue.port.out.ProductRepository;
import nl.wmokader.core.contracting.application.AdmissionServices;
import nl.wmokader.core.contracting.application.ClientStopRequestServices;
import nl.wmokader.core.contracting.application.ContractServices;
import nl.wmokader.core.contracting.application.DeliveryRightService;
import nl.wmokader.core.contracting.application.DormantContractService;
import nl.wmokader.core.contracting.application.LotServices;
import nl.wmokader.core.contracting.application.ObligationServices;
import nl.wmokader.core.contracting.application.ProviderServices;
import nl.wmokader.core.contracting.domain.ObligationEvaluator;
import nl.wmokader.core.contracting.domain.ObligationTerms;
import nl.wmokader.core.contracting.domain.OpenHouseTerms;
import nl.wmokader.core.contracting.port.in.ActivateContractUseCase;
import nl.wmokader.core.contracting.port.in.AddLotUseCase;
import nl.wmokader.core.contracting.port.in.AdmitApplicationUseCase;
import nl.wmokader.core.contracting.port.in.ApplyForAdmissionUseCase;
import nl.wmokader.core.contracting.port.in.ContractProviderUseCase;
import nl.wmokader.core.contracting.port.in.DecideOnClientStopRequestUseCase;
import nl.wmokader.core.contracting.port.in.DeclareQualityComplianceUseCase;
import nl.wmokader.core.contracting.port.in.EvaluateObligationsUseCase;
import nl.wmokader.core.contracting.port.in.FindDeliveryRightUseCase;
import nl.wmokader.core.contracting.port.in.GetContractUseCase;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.contracting.port.in.GetRefusalUseCase;
import nl.wmokader.core.contracting.port.in.ImposeClientStopUseCase;
import nl.wmokader.core.contracting.port.in.IndexTariffUseCase;
import nl.wmokader.core.contracting.port.in.LiftClientStopUseCase;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.contracting.port.in.ListDormantContractsUseCase;
import nl.wmokader.core.contracting.port.in.ListEvidenceAlertsUseCase;
import nl.wmokader.core.contracting.port.in.ListProvidersUseCase;
import nl.wmokader.core.contracting.port.in.ListRefusalsUseCase;
import nl.wmokader.core.contracting.port.in.ReactivateContractUseCase;
import nl.wmokader.core.contracting.port.in.RecordRefusalUseCase;
import nl.wmokader.core.contracting.port.in.RegisterProviderUseCase;
import nl.wmokader.core.contracting.port.in.ReportSpendingUseCase;
import nl.wmokader.core.contracting.port.in.RequestClientStopUseCase;
import nl.wmokader.core.contracting.port.in.SetClaimMomentsUseCase;
import nl.wmokader.core.contracting.port.in.SetLotTariffUseCase;
import nl.wmokader.core.contracting.port.in.SetWaitingTimeNormUseCase;
import nl.wmokader.core.contracting.port.in.SubmitEvidenceUseCase;
import nl.wmokader.core.contracting.port.in.SuspendContractUseCase;
import nl.wmokader.core.contracting.port.in.TerminateContractUseCase;
import nl.wmokader.core.contracting.port.in.UpdateProviderUseCase;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.contracting.port.out.QualityDeclarationRepository;
import nl.wmokader.core.contracting.port.out.QualityFindings;
import nl.wmokader.core.contracting.port.out.RefusalRepository;
import nl.wmokader.core.contracting.port.out.ReportableEvents;
import nl.wmokader.core.contracting.port.out.SpendingReportRepository;
import nl.wmokader.core.contracting.port.out.TurnoverSource;
import nl.wmokader.core.indication.application.AssignmentServices;
import nl.wmokader.core.indication.application.DeliveryServices;
import nl.wmokader.core.indication.application.IndicationQueryServices;
import nl.wmokader.core.indication.application.IntakeServices;
import nl.wmokader.core.indication.application.ObjectionServices;
import nl.wmokader.core.indication.application.WaitingTimeNormService;
import nl.wmokader.core.indication.application.WaitingTimeService;
import nl.wmokader.core.indication.domain.IntakeDeadlines;
import nl.wmokader.core.indication.domain.IntakeTerms;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeUseCase;
import nl.wmokader.core.indication.port.in.CompleteAssessmentUseCase;
import nl.wmokader.core.indication.port.in.DecideOnApplicationUseCase;
import nl.wmokader.core.indication.port.in.DecideOnObjectionUseCase;
import nl.wmokader.core.indication.port.in.DeleteAssignmentUseCase;
import nl.wmokader.core.indication.port.in.ExtendAssignmentUseCase;
import nl.wmokader.core.indication.port.in.FileObjectionUseCase;
import nl.wmokader.core.indication.port.in.GetAssignmentUseCase;
import nl.wmokader.core.indication.port.in.GetIndicationUseCase;
import nl.wmokader.core.indication.port.in.IssueAssignmentUseCase;
import nl.wmokader.core.indication.port.in.ListAssignmentsOverNormUseCase;
import nl.wmokader.core.indication.port.in.ListAssignmentsUseCase;
import nl.wmokader.core.indication.port.in.ListIndicationsUseCase;
import nl.wmokader.core.indication.port.in.ListOverdueUseCase;
import nl.wmokader.core.indication.port.in.ListWaitingTimesUseCase;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartUseCase;
import nl.wmokader.core.indication.port.in.ReportDeliveryStopUseCase;
import nl.wmokader.core.indication.port.in.ReportNeedUseCase;
import nl.wmokader.core.indication.port.in.SubmitApplicationUseCase;
import nl.wmokader.core.indication.port.out.ApprovedClaims;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.region.application.GovernanceServices;
import nl.wmokader.core.region.application.RegionServices;
import nl.wmokader.core.region.domain.RegionalArrangement;
import nl.wmokader.core.region.domain.VotingRule;
import nl.wmokader.core.region.port.in.CountVotesUseCase;
import nl.wmokader.core.region.port.in.DefineRegionUseCase;
import nl.wmokader.core.region.port.in.GetArrangementUseCase;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.region.port.in.RecordInhabitantsUseCase;
import nl.wmokader.core.region.port.out.RegionRepository;
import nl.wmokader.core.settlement.application.AllocationServices;
import nl.wmokader.core.settlement.application.ClaimServices;
import nl.wmokader.core.settlement.application.ContributionServices;
import nl.wmokader.core.settlement.application.SettlementServices;
import nl.wmokader.core.settlement.domain.BudgetTerms;
import nl.wmokader.core.settlement.domain.ContributionReferenceData;
import nl.wmokader.core.settlement.domain.ContributionSchedule;
import nl.wmokader.core.settlement.port.in.AllocateCostsUseCase;
import nl.wmokader.core.settlement.port.in.CalculateContributionUseCase;
import nl.wmokader.core.settlement.port.in.GetBudgetStatusUseCase;
import nl.wmokader.core.settlement.port.in.GetCentralPaymentUseCase;
import nl.wmokader.core.settlement.port.in.GetClaimUseCase;
import nl.wmokader.core.settlement.port.in.GetMemberSettlementUseCase;
import nl.wmokader.core.settlement.port.in.ListClaimsUseCase;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryUseCase;
import nl.wmokader.core.settlement.port.in.SetBudgetUseCase;
import nl.wmokader.core.settlement.port.in.SubmitClaimUseCase;
import nl.wmokader.core.settlement.port.out.BudgetRepository;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.settlement.port.out.RecoveryRepository;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.WorkingDayCalendar;
import nl.wmokader.core.supervision.application.CalamityServices;
import nl.wmokader.core.supervision.application.InvestigationServices;
import nl.wmokader.core.supervision.application.ProactiveSelectionService;
import nl.wmokader.core.supervision.application.SignalServices;
import nl.wmokader.core.supervision.domain.SelectionTerms;
import nl.wmokader.core.supervision.port.in.AddOutcomeUseCase;
import nl.wmokader.core.supervision.port.in.AdvanceInvestigationUseCase;
import nl.wmokader.core.supervision.port.in.DecideOnSignalUseCase;
import nl.wmokader.core.supervision.port.in.FollowUpImprovementPointUseCase;
import nl.wmokader.core.supervision.port.in.GetInvestigationUseCase;
import nl.wmokader.core.supervision.port.in.InformMembersUseCase;
import nl.wmokader.core.supervision.port.in.ListCalamitiesUseCase;
import nl.wmokader.core.supervision.port.in.ListInvestigationsUseCase;
import nl.wmokader.core.supervision.port.in.ListOverdueImprovementPointsUseCase;
import nl.wmokader.core.supervision.port.in.ListSignalsUseCase;
import nl.wmokader.core.supervision.port.in.OpenInvestigationUseCase;
import nl.wmokader.core.supervision.port.in.RecordFindingUseCase;
import nl.wmokader.core.supervision.port.in.RecordGgdStepUseCase;
import nl.wmokader.core.supervision.port.in.RecordSignalUseCase;
import nl.wmokader.core.supervision.port.in.ReportCalamityUseCase;
import nl.wmokader.core.supervision.port.in.ReportMeasureUseCase;
import nl.wmokader.core.supervision.port.in.SelectProactiveUseCase;
import nl.wmokader.core.supervision.port.out.CalamityRepository;
import nl.wmokader.core.supervision.port.out.InvestigationRepository;
import nl.wmokader.core.supervision.port.out.SignalRepository;
/**
 * The library's facade: every use case, wired from the driven ports, clock and identifier
 * generator given to its {@link Builder}. Thread-safe when the ports are.
 *
 * <pre>{@code
 * WmoKader wmo = WmoKader.builder()
 *     .regions(new JdbcRegionRepository(dataSource))   // … one call per driven port
 *     .clock(Clock.system(ZoneId.of("Europe/Amsterdam")))
 *     .ids(UUID::randomUUID)
 *     .build();
 * wmo.getRegion().getRegion(Actor.region());
 * }</pre>
 */
public final class WmoKader {

  private final RegionServices region;
  private final ManageCatalogueService manageCatalogue;
  private final ReadCatalogueService readCatalogue;
  private final ProviderServices providers;
  private final ContractServices contracts;
  private final AdmissionServices admission;
  private final LotServices lots;
  private final ClientStopRequestServices clientStopRequests;
  private final DeliveryRightService deliveryRights;
  private final ObligationServices obligations;
  private final DormantContractService dormantContracts;
  private final IntakeServices intake;
  private final ObjectionServices objections;
  private final IndicationQueryServices indicationQueries;
  private final AssignmentServices assignments;
  private final DeliveryServices deliveries;
  private final WaitingTimeService waitingTimes;
  private final WaitingTimeNormService waitingTimeNorms;
  private final IntakeDeadlines intakeDeadlines;
  private final ClaimServices claims;
  private final SettlementServices settlement;
  private final GovernanceServices governance;
  private final AllocationServices allocation;
  private final ContributionServices contribution;
  private final SignalServices signals;
  private final CalamityServices calamities;
  private final InvestigationServices investigations;
  private final ProactiveSelectionService proactiveSelection;

  private WmoKader(Builder b) {
    // Settlement answers indication's and contracting's questions about claims unless the embedder's claim system does.
    ApprovedClaims approvedClaims = b.approvedClaims != null ? b.approvedClaims : b.claims::hasApprovedLines;
    TurnoverSource turnover = b.turnover != null ? b.turnover : b.claims::turnover;
    // Supervision answers contracting's questions about findings and calamities unless the embedder does.
    QualityFindings qualityFindings = b.qualityFindings != null
        ? b.qualityFindings : new SupervisionQualityFindings(b.investigations);
    ReportableEvents reportableEvents = b.reportableEvents != null
        ? b.reportableEvents : new SupervisionReportableEvents(b.calamities, b.investigations);
    this.region = new RegionServices(b.regions);
    this.manageCatalogue = new ManageCatalogueService(b.products, region);
    this.readCatalogue = new ReadCatalogueService(b.products, b.clock);
    this.providers = new ProviderServices(b.providers);
    this.contracts = new ContractServices(b.providers, b.contracts, readCatalogue, b.openHouseTerms, b.clock, b.ids);
    this.admission = new AdmissionServices(b.providers, b.contracts, readCatalogue, b.openHouseTerms, b.clock, b.ids);
    this.lots = new LotServices(b.contracts, readCatalogue, b.clock);
    this.clientStopRequests = new ClientStopRequestServices(b.contracts, b.clock, b.ids);
    this.deliveryRights = new DeliveryRightService(b.contracts, readCatalogue);
    IntakeDeadlines deadlines = new IntakeDeadlines(b.intakeTerms, b.calendar);
    this.intakeDeadlines = deadlines;
    this.intake = new IntakeServices(b.indications, region, readCatalogue, b.ids, b.clock, deadlines);
    this.objections = new ObjectionServices(b.indications, b.clock, deadlines);
    this.indicationQueries = new IndicationQueryServices(b.indications, b.clock, deadlines);
    this.assignments = new AssignmentServices(b.assignments, b.indications, deliveryRights, approvedClaims, b.clock, b.ids);
    this.deliveries = new DeliveryServices(b.assignments, b.clock);
    this.waitingTimes = new WaitingTimeService(b.assignments);
    this.waitingTimeNorms = new WaitingTimeNormService(b.assignments, contracts, b.clock);
    // Contracting learns of clients from indication's assignments through a port it owns.
    AssignmentProviderActivity activity = new AssignmentProviderActivity(b.assignments);
    this.obligations = new ObligationServices(b.providers, b.contracts, b.refusals, b.spendingReports,
        b.qualityDeclarations, turnover, activity, qualityFindings, reportableEvents,
        new ObligationEvaluator(b.obligationTerms, b.calendar), b.clock, b.ids);
    this.dormantContracts = new DormantContractService(b.providers, b.contracts, activity, b.obligationTerms, b.clock);
    this.claims = new ClaimServices(b.claims, new ClaimReferenceDataFromStores(b.assignments, b.products, b.contracts),
        region, b.clock, b.ids);
    this.settlement = new SettlementServices(b.claims, b.recoveries, b.budgets, region, providers, b.budgetTerms,
        b.clock, b.ids);
    this.governance = new GovernanceServices(b.regions, b.votingRule, b.regionalArrangement, b.clock);
    this.allocation = new AllocationServices(b.claims, region);
    this.contribution = new ContributionServices(b.contributionSchedule);
    this.signals = new SignalServices(b.signals, b.investigations, providers, b.clock, b.ids);
    this.calamities = new CalamityServices(b.calamities, providers, b.clock, b.ids);
    this.investigations = new InvestigationServices(b.investigations, b.signals, providers, region, contracts, contracts,
        contracts, contracts, settlement, assignments, b.clock, b.ids);
    this.proactiveSelection = new ProactiveSelectionService(providers, contracts, assignments, turnover::turnover, b.signals,
        b.investigations, b.selectionTerms, b.clock);
  }

  public static Builder builder() {
    return new Builder();
  }

  // region

  public DefineRegionUseCase defineRegion() {
    return region;
  }

  public RecordInhabitantsUseCase recordInhabitants() {
    return region;
  }

  public GetRegionUseCase getRegion() {
    return region;
  }

  // region: governance

  public CountVotesUseCase countVotes() {
    return governance;
  }

  public GetArrangementUseCase getArrangement() {
    return governance;
  }

  // catalogue

  public DefineProductUseCase defineProduct() {
    return manageCatalogue;
  }

  public ReviseProductUseCase reviseProduct() {
    return manageCatalogue;
  }

  public SetReferenceTariffUseCase setReferenceTariff() {
    return manageCatalogue;
  }

  public FindProductUseCase findProduct() {
    return readCatalogue;
  }

  public FindReferenceTariffUseCase findReferenceTariff() {
    return readCatalogue;
  }

  public GetProductUseCase getProduct() {
    return readCatalogue;
  }

  public ListProductsUseCase listProducts() {
    return readCatalogue;
  }

  // contracting

  public RegisterProviderUseCase registerProvider() {
    return providers;
  }

  public UpdateProviderUseCase updateProvider() {
    return providers;
  }

  public GetProviderUseCase getProvider() {
    return providers;
  }

  public ListProvidersUseCase listProviders() {
    return providers;
  }

  public ContractProviderUseCase contractProvider() {
    return contracts;
  }

  public ApplyForAdmissionUseCase applyForAdmission() {
    return admission;
  }

  public SubmitEvidenceUseCase submitEvidence() {
    return admission;
  }

  public AdmitApplicationUseCase admitApplication() {
    return admission;
  }

  public ListEvidenceAlertsUseCase listEvidenceAlerts() {
    return admission;
  }

  public ActivateContractUseCase activateContract() {
    return contracts;
  }

  public SuspendContractUseCase suspendContract() {
    return contracts;
  }

  public ReactivateContractUseCase reactivateContract() {
    return contracts;
  }

  public AddLotUseCase addLot() {
    return contracts;
  }

  public SetLotTariffUseCase setLotTariff() {
    return lots;
  }

  public IndexTariffUseCase indexTariff() {
    return lots;
  }

  public SetClaimMomentsUseCase setClaimMoments() {
    return lots;
  }

  public SetWaitingTimeNormUseCase setWaitingTimeNorm() {
    return lots;
  }

  public TerminateContractUseCase terminateContract() {
    return contracts;
  }

  public ImposeClientStopUseCase imposeClientStop() {
    return contracts;
  }

  public LiftClientStopUseCase liftClientStop() {
    return contracts;
  }

  public RequestClientStopUseCase requestClientStop() {
    return clientStopRequests;
  }

  public DecideOnClientStopRequestUseCase decideOnClientStopRequest() {
    return clientStopRequests;
  }

  public GetContractUseCase getContract() {
    return contracts;
  }

  public ListContractsUseCase listContracts() {
    return contracts;
  }

  public FindDeliveryRightUseCase findDeliveryRight() {
    return deliveryRights;
  }

  // contracting: obligations and dormant contracts

  public RecordRefusalUseCase recordRefusal() {
    return obligations;
  }

  public GetRefusalUseCase getRefusal() {
    return obligations;
  }

  public ListRefusalsUseCase listRefusals() {
    return obligations;
  }

  public ReportSpendingUseCase reportSpending() {
    return obligations;
  }

  public DeclareQualityComplianceUseCase declareQualityCompliance() {
    return obligations;
  }

  public EvaluateObligationsUseCase evaluateObligations() {
    return obligations;
  }

  public ListDormantContractsUseCase listDormantContracts() {
    return dormantContracts;
  }

  // indication: intake, decisions, objections

  public ReportNeedUseCase reportNeed() {
    return intake;
  }

  public CompleteAssessmentUseCase completeAssessment() {
    return intake;
  }

  public SubmitApplicationUseCase submitApplication() {
    return intake;
  }

  public DecideOnApplicationUseCase decideOnApplication() {
    return intake;
  }

  public FileObjectionUseCase fileObjection() {
    return objections;
  }

  public DecideOnObjectionUseCase decideOnObjection() {
    return objections;
  }

  public GetIndicationUseCase getIndication() {
    return indicationQueries;
  }

  public ListIndicationsUseCase listIndications() {
    return indicationQueries;
  }

  public ListOverdueUseCase listOverdue() {
    return indicationQueries;
  }

  /** The due dates of intake and objection steps, under this facade's terms and calendar. */
  public IntakeDeadlines intakeDeadlines() {
    return intakeDeadlines;
  }

  // indication: assignments and delivery

  public IssueAssignmentUseCase issueAssignment() {
    return assignments;
  }

  public ExtendAssignmentUseCase extendAssignment() {
    return assignments;
  }

  public ChangeAssignmentVolumeUseCase changeAssignmentVolume() {
    return assignments;
  }

  public DeleteAssignmentUseCase deleteAssignment() {
    return assignments;
  }

  public GetAssignmentUseCase getAssignment() {
    return assignments;
  }

  public ListAssignmentsUseCase listAssignments() {
    return assignments;
  }

  public ReportDeliveryStartUseCase reportDeliveryStart() {
    return deliveries;
  }

  public ReportDeliveryStopUseCase reportDeliveryStop() {
    return deliveries;
  }

  public ListWaitingTimesUseCase listWaitingTimes() {
    return waitingTimes;
  }

  public ListAssignmentsOverNormUseCase listAssignmentsOverNorm() {
    return waitingTimeNorms;
  }

  // settlement

  public SubmitClaimUseCase submitClaim() {
    return claims;
  }

  public GetClaimUseCase getClaim() {
    return claims;
  }

  public ListClaimsUseCase listClaims() {
    return claims;
  }

  public GetMemberSettlementUseCase getMemberSettlement() {
    return settlement;
  }

  public GetCentralPaymentUseCase getCentralPayment() {
    return settlement;
  }

  public RegisterRecoveryUseCase registerRecovery() {
    return settlement;
  }

  public SetBudgetUseCase setBudget() {
    return settlement;
  }

  public GetBudgetStatusUseCase getBudgetStatus() {
    return settlement;
  }

  // settlement: regional cost allocation and the personal contribution

  public AllocateCostsUseCase allocateCosts() {
    return allocation;
  }

  public CalculateContributionUseCase calculateContribution() {
    return contribution;
  }

  // supervision: signals and calamities

  public RecordSignalUseCase recordSignal() {
    return signals;
  }

  public DecideOnSignalUseCase decideOnSignal() {
    return signals;
  }

  public ListSignalsUseCase listSignals() {
    return signals;
  }

  public ReportCalamityUseCase reportCalamity() {
    return calamities;
  }

  public RecordGgdStepUseCase recordGgdStep() {
    return calamities;
  }

  public ListCalamitiesUseCase listCalamities() {
    return calamities;
  }

  // supervision: investigations and the proactive selection

  public OpenInvestigationUseCase openInvestigation() {
    return investigations;
  }

  public AdvanceInvestigationUseCase advanceInvestigation() {
    return investigations;
  }

  public RecordFindingUseCase recordFinding() {
    return investigations;
  }

  public AddOutcomeUseCase addOutcome() {
    return investigations;
  }

  public FollowUpImprovementPointUseCase followUpImprovementPoint() {
    return investigations;
  }

  public ReportMeasureUseCase reportMeasure() {
    return investigations;
  }

  public InformMembersUseCase informMembers() {
    return investigations;
  }

  public GetInvestigationUseCase getInvestigation() {
    return investigations;
  }

  public ListInvestigationsUseCase listInvestigations() {
    return investigations;
  }

  public ListOverdueImprovementPointsUseCase listOverdueImprovementPoints() {
    return investigations;
  }

  public SelectProactiveUseCase selectProactive() {
    return proactiveSelection;
  }

  /** Collects the driven ports; {@link #build()} refuses to start with one missing. */
  public static final class Builder {
    private RegionRepository regions;
    private ProductRepository products;
    private ProviderRepository providers;
    private ContractRepository contracts;
    private IndicationRepository indications;
    private AssignmentRepository assignments;
    private ApprovedClaims approvedClaims;
    private RefusalRepository refusals;
    private SpendingReportRepository spendingReports;
    private QualityDeclarationRepository qualityDeclarations;
    private TurnoverSource turnover;
    private ClaimRepository claims;
    private RecoveryRepository recoveries;
    private BudgetRepository budgets;
    private BudgetTerms budgetTerms = BudgetTerms.DEFAULT;
    private ContributionSchedule contributionSchedule = ContributionReferenceData.schedule();
    private VotingRule votingRule = VotingRule.reference();
    private RegionalArrangement regionalArrangement = RegionalArrangement.reference();
    private SignalRepository signals;
    private CalamityRepository calamities;
    private InvestigationRepository investigations;
    private SelectionTerms selectionTerms = SelectionTerms.reference();
    private QualityFindings qualityFindings;
    private ReportableEvents reportableEvents;
    private ObligationTerms obligationTerms = ObligationTerms.reference();
    private IntakeTerms intakeTerms = IntakeTerms.reference();
    private OpenHouseTerms openHouseTerms = OpenHouseTerms.reference();
    private Clock clock;
    private IdGenerator ids;
    private WorkingDayCalendar calendar = WorkingDayCalendar.generalTermsAct();

    private Builder() {}

    public Builder regions(RegionRepository regions) {
      this.regions = regions;
      return this;
    }

    public Builder products(ProductRepository products) {
      this.products = products;
      return this;
    }

    public Builder providers(ProviderRepository providers) {
      this.providers = providers;
      return this;
    }

    public Builder contracts(ContractRepository contracts) {
      this.contracts = contracts;
      return this;
    }

    public Builder indications(IndicationRepository indications) {
      this.indications = indications;
      return this;
    }

    public Builder assignments(AssignmentRepository assignments) {
      this.assignments = assignments;
      return this;
    }

    /**
     * Optional: whether claims on an assignment were approved (an approved assignment may not be
     * deleted), for an embedder whose claims are handled outside the library. Unless given, the
     * library's own claims answer it.
     */
    public Builder approvedClaims(ApprovedClaims approvedClaims) {
      this.approvedClaims = approvedClaims;
      return this;
    }

    public Builder refusals(RefusalRepository refusals) {
      this.refusals = refusals;
      return this;
    }

    public Builder spendingReports(SpendingReportRepository spendingReports) {
      this.spendingReports = spendingReports;
      return this;
    }

    public Builder qualityDeclarations(QualityDeclarationRepository qualityDeclarations) {
      this.qualityDeclarations = qualityDeclarations;
      return this;
    }

    /**
     * Optional: providers' yearly turnover in the region (for the 2% and 5% obligations), for an
     * embedder whose claims are handled outside the library. Unless given, the approved lines of
     * the library's own claims answer it [DOMAIN §6].
     */
    public Builder turnover(TurnoverSource turnover) {
      this.turnover = turnover;
      return this;
    }

    /** Claims and their answers: the hot path of settlement. */
    public Builder claims(ClaimRepository claims) {
      this.claims = claims;
      return this;
    }

    public Builder recoveries(RecoveryRepository recoveries) {
      this.recoveries = recoveries;
      return this;
    }

    public Builder budgets(BudgetRepository budgets) {
      this.budgets = budgets;
      return this;
    }

    /** When a budget forecast signals overspending; 2% over the budget unless given. */
    public Builder budgetTerms(BudgetTerms budgetTerms) {
      this.budgetTerms = budgetTerms;
      return this;
    }

    /**
     * Which personal-contribution scheme is in force in which month; the published flat rates
     * 2020-2026 unless given. A new scheme (e.g. income-dependent) is added with
     * {@link ContributionSchedule#with}.
     */
    public Builder contributionSchedule(ContributionSchedule contributionSchedule) {
      this.contributionSchedule = contributionSchedule;
      return this;
    }

    /** The rule regional decisions pass by; the reference rule (3 members, more than half the inhabitants) unless given. */
    public Builder votingRule(VotingRule votingRule) {
      this.votingRule = votingRule;
      return this;
    }

    /**
     * The regional arrangement with its term and extensions so far; the reference region's
     * (2024-01-01 .. 2028-12-31, not extended) unless given. An extension is configuration:
     * {@code RegionalArrangement.reference().extendByOneYear(decidedOn)}.
     */
    public Builder regionalArrangement(RegionalArrangement regionalArrangement) {
      this.regionalArrangement = regionalArrangement;
      return this;
    }

    public Builder signals(SignalRepository signals) {
      this.signals = signals;
      return this;
    }

    public Builder calamities(CalamityRepository calamities) {
      this.calamities = calamities;
      return this;
    }

    public Builder investigations(InvestigationRepository investigations) {
      this.investigations = investigations;
      return this;
    }

    /** Capacity, coverage limit and risk weights of the proactive selection; {@link SelectionTerms#reference()} unless given. */
    public Builder selectionTerms(SelectionTerms selectionTerms) {
      this.selectionTerms = selectionTerms;
      return this;
    }

    /**
     * Optional: findings on the quality framework, for an embedder whose supervision is kept
     * outside the library. Unless given, the library's own investigations answer it.
     */
    public Builder qualityFindings(QualityFindings qualityFindings) {
      this.qualityFindings = qualityFindings;
      return this;
    }

    /**
     * Optional: calamities, incidents and measures a provider must report, for an embedder whose
     * supervision is kept outside the library. Unless given, the library's own calamities answer it.
     */
    public Builder reportableEvents(ReportableEvents reportableEvents) {
      this.reportableEvents = reportableEvents;
      return this;
    }

    /** Percentages, deadlines and the dormancy period of the obligations; the reference values unless given. */
    public Builder obligationTerms(ObligationTerms obligationTerms) {
      this.obligationTerms = obligationTerms;
      return this;
    }

    /** The legal terms of intake and objection; the Wmo 2015 and Awb defaults unless given. */
    public Builder intakeTerms(IntakeTerms intakeTerms) {
      this.intakeTerms = intakeTerms;
      return this;
    }

    /** The procurement periods and admission checklist of open-house admission; the reference region's unless given. */
    public Builder openHouseTerms(OpenHouseTerms openHouseTerms) {
      this.openHouseTerms = openHouseTerms;
      return this;
    }

    /** "Today" for every use case: {@code LocalDate.now(clock)} in the clock's zone. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Where new identifiers come from, e.g. {@code UUID::randomUUID}. */
    public Builder ids(IdGenerator ids) {
      this.ids = ids;
      return this;
    }

    /** The working-day calendar of legal terms; the General Time Limits Act by default. */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = calendar;
      return this;
    }

    public WmoKader build() {
      requireNonNull(regions, "regions: a RegionRepository is required");
      requireNonNull(products, "products: a ProductRepository is required");
      requireNonNull(providers, "providers: a ProviderRepository is required");
      requireNonNull(contracts, "contracts: a ContractRepository is required");
      requireNonNull(indications, "indications: an IndicationRepository is required");
      requireNonNull(assignments, "assignments: an AssignmentRepository is required");
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
      requireNonNull(clock, "clock is required");
      requireNonNull(ids, "ids: an IdGenerator is required");
      requireNonNull(calendar, "calendar is required");
      return new WmoKader(this);
    }
  }
}
