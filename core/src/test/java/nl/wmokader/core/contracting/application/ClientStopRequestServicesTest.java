package nl.wmokader.core.contracting.application;

import static nl.wmokader.core.contracting.domain.ProcurementPeriods.PERIOD_2026_2028;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.CatalogueFakes;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ClientStopRequest;
import nl.wmokader.core.contracting.domain.ClientStopRequestId;
import nl.wmokader.core.contracting.domain.ClientStopRequestStatus;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.DecideOnClientStopRequestCommand;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.contracting.port.in.ReactivateContractCommand;
import nl.wmokader.core.contracting.port.in.RequestClientStopCommand;
import nl.wmokader.core.contracting.port.in.SuspendContractCommand;
import nl.wmokader.core.inmemory.InMemoryContractRepository;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/** Scenarios of client stops a provider asks for (in force only with the region's consent) and of suspension. */
class ClientStopRequestServicesTest {

  private static final AgbCode MAASOEVER = AgbCode.of("98000001");
  private static final ProductCode GUIDANCE = ProductCode.of("02A01");
  private static final DateRange MAY = DateRange.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));

  private final MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 1));
  private final InMemoryProviderRepository providers = new InMemoryProviderRepository();
  private final InMemoryContractRepository contracts = new InMemoryContractRepository();
  private final SequentialIds ids = new SequentialIds();
  private final ContractServices lifecycle = new ContractServices(providers, contracts, CatalogueFakes.everyProduct(), clock, ids, AccessPolicy.standard());
  private final ClientStopRequestServices requests = new ClientStopRequestServices(contracts, clock, ids, AccessPolicy.standard());
  private final Contract contract;

  ClientStopRequestServicesTest() {
    Results.right(providers.save(ContractingGen.referenceProviders().head()));
    contract = Results.right(lifecycle.contractProvider(Actor.region(), new ContractProviderCommand(MAASOEVER,
        PERIOD_2026_2028, List.of(new NewLot(GUIDANCE, PERIOD_2026_2028, Option.none())))));
  }

  private Contract request(DateRange period) {
    return Results.right(requests.requestClientStop(Actor.provider(MAASOEVER),
        new RequestClientStopCommand(contract.id(), period, " Tekort aan personeel ")));
  }

  @Test
  void a_requested_stop_is_in_force_only_once_the_region_consents() {
    Contract requested = request(MAY);
    ClientStopRequest pending = requested.clientStopRequests().single();
    assertThat(pending.status()).isEqualTo(ClientStopRequestStatus.PENDING);
    assertThat(pending.explanation()).isEqualTo("Tekort aan personeel");
    assertThat(requested.lotForNewAssignmentOn(GUIDANCE, LocalDate.of(2026, 5, 15))).isNotEmpty();

    clock.set(LocalDate.of(2026, 3, 5));
    Contract consented = Results.right(requests.decideOnClientStopRequest(Actor.region(),
        new DecideOnClientStopRequestCommand(contract.id(), pending.id(), true)));
    assertThat(consented.clientStops()).containsExactly(new ClientStop(MAY, ClientStopReason.PROVIDER_REQUEST));
    assertThat(consented.clientStopRequests().single().status()).isEqualTo(ClientStopRequestStatus.CONSENTED);
    assertThat(consented.clientStopRequests().single().decidedOn()).isEqualTo(Option.some(LocalDate.of(2026, 3, 5)));
    assertThat(consented.lotForNewAssignmentOn(GUIDANCE, LocalDate.of(2026, 5, 15))).isEmpty();
    assertThat(consented.lotOn(GUIDANCE, LocalDate.of(2026, 5, 15))).as("existing assignments go on").isNotEmpty();
    assertThat(consented.lotForNewAssignmentOn(GUIDANCE, LocalDate.of(2026, 6, 1))).isNotEmpty();

    Results.left(requests.decideOnClientStopRequest(Actor.region(),
        new DecideOnClientStopRequestCommand(contract.id(), pending.id(), false)), ContractingError.ClientStopRequestDecided.class);
  }

  @Test
  void a_refused_request_changes_no_stop_and_a_late_consent_is_refused() {
    Contract requested = request(MAY);
    ClientStopRequestId id = requested.clientStopRequests().single().id();
    Contract refused = Results.right(requests.decideOnClientStopRequest(Actor.region(),
        new DecideOnClientStopRequestCommand(contract.id(), id, false)));
    assertThat(refused.clientStops()).isEmpty();
    assertThat(refused.clientStopRequests().single().status()).isEqualTo(ClientStopRequestStatus.REFUSED);

    ClientStopRequestId late = request(MAY).clientStopRequests().last().id();
    clock.set(LocalDate.of(2026, 5, 2));
    Contract before = contracts.findById(contract.id()).get();
    Results.left(requests.decideOnClientStopRequest(Actor.region(),
        new DecideOnClientStopRequestCommand(contract.id(), late, true)), ContractingError.RetroactiveChange.class);
    assertThat(contracts.findById(contract.id()).get()).isEqualTo(before);
  }

  @Test
  void only_the_provider_itself_requests_and_only_the_region_decides() {
    Results.left(requests.requestClientStop(Actor.provider(AgbCode.of("98000002")),
        new RequestClientStopCommand(contract.id(), MAY, "x")), CommonError.NotFound.class);
    for (Actor actor : List.of(Actor.region(), Actor.municipality(MunicipalityCode.of("0828")), Actor.supervisor())) {
      Results.left(requests.requestClientStop(actor, new RequestClientStopCommand(contract.id(), MAY, "x")),
          CommonError.Forbidden.class);
    }
    ClientStopRequestId id = request(MAY).clientStopRequests().single().id();
    Results.left(requests.decideOnClientStopRequest(Actor.provider(MAASOEVER),
        new DecideOnClientStopRequestCommand(contract.id(), id, true)), CommonError.Forbidden.class);
    Results.left(requests.decideOnClientStopRequest(Actor.region(),
        new DecideOnClientStopRequestCommand(contract.id(), new ClientStopRequestId(new UUID(5, 5)), true)),
        CommonError.NotFound.class);
    Results.left(requests.requestClientStop(Actor.provider(MAASOEVER),
        new RequestClientStopCommand(contract.id(), DateRange.from(LocalDate.of(2026, 2, 1)), "x")),
        ContractingError.RetroactiveChange.class);
    Results.left(requests.requestClientStop(Actor.provider(MAASOEVER),
        new RequestClientStopCommand(contract.id(), null, "x".repeat(501))), InvalidInput.class);
  }

  @Test
  void a_suspended_contract_gives_no_new_assignments_until_reactivated() {
    Contract suspended = Results.right(lifecycle.suspendContract(Actor.region(),
        new SuspendContractCommand(contract.id(), ClientStopReason.FRAUD_SIGNALS)));
    assertThat(suspended.status()).isEqualTo(ContractStatus.SUSPENDED);
    assertThat(suspended.suspension().get().since()).isEqualTo(clock.today());
    assertThat(suspended.lotForNewAssignmentOn(GUIDANCE, LocalDate.of(2026, 4, 1))).isEmpty();
    assertThat(suspended.lotOn(GUIDANCE, LocalDate.of(2026, 4, 1))).isNotEmpty();
    Results.left(lifecycle.suspendContract(Actor.region(), new SuspendContractCommand(contract.id(),
        ClientStopReason.FRAUD_SIGNALS)), ContractingError.WrongStatus.class);
    Contract reactivated = Results.right(lifecycle.reactivateContract(Actor.region(), new ReactivateContractCommand(contract.id())));
    assertThat(reactivated).isEqualTo(contract.withVersion(3));
    Results.left(lifecycle.reactivateContract(Actor.region(), new ReactivateContractCommand(contract.id())),
        ContractingError.WrongStatus.class);
  }
}
