package nl.wmokader.core.contracting;

import java.time.Clock;
import nl.wmokader.core.catalogue.CatalogueModule;
import nl.wmokader.core.contracting.application.AdmissionServices;
import nl.wmokader.core.contracting.application.ClientStopRequestServices;
import nl.wmokader.core.contracting.application.ContractServices;
import nl.wmokader.core.contracting.application.DeliveryRightService;
import nl.wmokader.core.contracting.application.LotServices;
import nl.wmokader.core.contracting.application.ProviderServices;
import nl.wmokader.core.contracting.domain.OpenHouseTerms;
import nl.wmokader.core.contracting.port.in.ActivateContractUseCase;
import nl.wmokader.core.contracting.port.in.AddLotUseCase;
import nl.wmokader.core.contracting.port.in.AdmitApplicationUseCase;
import nl.wmokader.core.contracting.port.in.ApplyForAdmissionUseCase;
import nl.wmokader.core.contracting.port.in.CheckRegistrationUseCase;
import nl.wmokader.core.contracting.port.in.ContractProviderUseCase;
import nl.wmokader.core.contracting.port.in.DecideOnClientStopRequestUseCase;
import nl.wmokader.core.contracting.port.in.FindCategoryRightUseCase;
import nl.wmokader.core.contracting.port.in.FindContractsUseCase;
import nl.wmokader.core.contracting.port.in.FindDeliveryRightUseCase;
import nl.wmokader.core.contracting.port.in.GetContractUseCase;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.contracting.port.in.ImposeClientStopUseCase;
import nl.wmokader.core.contracting.port.in.IndexTariffUseCase;
import nl.wmokader.core.contracting.port.in.LiftClientStopUseCase;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.contracting.port.in.ListEvidenceAlertsUseCase;
import nl.wmokader.core.contracting.port.in.ListProvidersUseCase;
import nl.wmokader.core.contracting.port.in.ReactivateContractUseCase;
import nl.wmokader.core.contracting.port.in.RegisterProviderUseCase;
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
import nl.wmokader.core.shared.Environment;

/**
 * The contracting subdomain's use cases, composed from its stores and the catalogue's use cases:
 * providers, admission, contracts and their lifecycle, lots, client stops and delivery rights. It
 * asks no downstream subdomain anything: the yearly obligations and dormant contracts, which need
 * turnover, findings and activity, are the obligations module's.
 */
public final class ContractingModule {

  private final ProviderServices providers;
  private final ContractServices contracts;
  private final AdmissionServices admission;
  private final LotServices lots;
  private final ClientStopRequestServices clientStopRequests;
  private final DeliveryRightService deliveryRights;

  /** @param openHouse the terms of admission under the open house */
  public ContractingModule(ProviderRepository providers, ContractRepository contracts, CatalogueModule catalogue,
                           OpenHouseTerms openHouse, Environment environment) {
    Clock clock = environment.clock();
    this.providers = new ProviderServices(providers, environment.access());
    this.contracts = new ContractServices(providers, contracts, catalogue.findProduct(), openHouse, clock,
        environment.ids(), environment.access());
    this.admission = new AdmissionServices(providers, contracts, catalogue.findProduct(), openHouse, clock,
        environment.ids(), environment.access());
    this.lots = new LotServices(contracts, catalogue.findProduct(), clock, environment.access());
    this.clientStopRequests = new ClientStopRequestServices(contracts, clock, environment.ids(), environment.access());
    this.deliveryRights = new DeliveryRightService(contracts, catalogue.findReferenceTariff(), catalogue.findProduct(),
        environment.access());
  }

  // contracting

  public RegisterProviderUseCase registerProvider() {
    return providers;
  }

  public UpdateProviderUseCase updateProvider() {
    return providers;
  }

  public CheckRegistrationUseCase checkRegistration() {
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

  /** The contracts of several providers in one question. */
  public FindContractsUseCase findContracts() {
    return contracts;
  }

  public ListContractsUseCase listContracts() {
    return contracts;
  }

  public FindDeliveryRightUseCase findDeliveryRight() {
    return deliveryRights;
  }

  /** Whether a provider may deliver some product of a category: for assignments without a product code. */
  public FindCategoryRightUseCase findCategoryRight() {
    return deliveryRights;
  }
}
