package nl.wmokader.core.contracting;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import nl.wmokader.core.catalogue.CatalogueModule;
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
import nl.wmokader.core.contracting.port.out.ProviderActivity;
import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.contracting.port.out.QualityDeclarationRepository;
import nl.wmokader.core.contracting.port.out.QualityFindings;
import nl.wmokader.core.contracting.port.out.RefusalRepository;
import nl.wmokader.core.contracting.port.out.ReportableEvents;
import nl.wmokader.core.contracting.port.out.SpendingReportRepository;
import nl.wmokader.core.contracting.port.out.TurnoverSource;
import nl.wmokader.core.shared.Environment;

/**
 * The contracting subdomain's use cases, composed from its stores and the catalogue's use cases:
 * providers, admission, contracts and their lifecycle, lots, client stops, delivery rights, the
 * yearly obligations and dormant contracts. The obligations still ask downstream subdomains
 * through contracting's own ports ({@link TurnoverSource}, {@link ProviderActivity}, {@link
 * QualityFindings}, {@link ReportableEvents}), which the composition answers.
 */
public final class ContractingModule {

  private final ProviderServices providers;
  private final ContractServices contracts;
  private final AdmissionServices admission;
  private final LotServices lots;
  private final ClientStopRequestServices clientStopRequests;
  private final DeliveryRightService deliveryRights;
  private final ObligationServices obligations;
  private final DormantContractService dormantContracts;

  /** What the obligations learn from downstream subdomains, through contracting's own ports. */
  public record Downstream(TurnoverSource turnover, ProviderActivity activity, QualityFindings qualityFindings,
                           ReportableEvents reportableEvents) {
    public Downstream {
      requireNonNull(turnover, "turnover");
      requireNonNull(activity, "activity");
      requireNonNull(qualityFindings, "qualityFindings");
      requireNonNull(reportableEvents, "reportableEvents");
    }
  }

  /** The terms of contracting: admission under the open house, and the obligations. */
  public record Terms(OpenHouseTerms openHouse, ObligationTerms obligations) {
    public Terms {
      requireNonNull(openHouse, "openHouse");
      requireNonNull(obligations, "obligations");
    }
  }

  public ContractingModule(ProviderRepository providers, ContractRepository contracts, RefusalRepository refusals,
                           SpendingReportRepository spendingReports, QualityDeclarationRepository qualityDeclarations,
                           CatalogueModule catalogue, Downstream downstream, Terms terms, Environment environment) {
    Clock clock = environment.clock();
    this.providers = new ProviderServices(providers, environment.access());
    this.contracts = new ContractServices(providers, contracts, catalogue.findProduct(), terms.openHouse(), clock,
        environment.ids(), environment.access());
    this.admission = new AdmissionServices(providers, contracts, catalogue.findProduct(), terms.openHouse(), clock,
        environment.ids(), environment.access());
    this.lots = new LotServices(contracts, catalogue.findProduct(), clock, environment.access());
    this.clientStopRequests = new ClientStopRequestServices(contracts, clock, environment.ids(), environment.access());
    this.deliveryRights = new DeliveryRightService(contracts, catalogue.findReferenceTariff(), environment.access());
    this.obligations = new ObligationServices(providers, contracts, refusals, spendingReports, qualityDeclarations,
        downstream.turnover(), downstream.activity(), downstream.qualityFindings(), downstream.reportableEvents(),
        new ObligationEvaluator(terms.obligations(), environment.calendar()), clock, environment.ids(), environment.access());
    this.dormantContracts = new DormantContractService(providers, contracts, downstream.activity(), terms.obligations(),
        clock, environment.access());
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
}
