package nl.wmokader.core.contracting.application;

import static nl.wmokader.core.contracting.domain.ProcurementPeriods.PERIOD_2024_2025;
import static nl.wmokader.core.contracting.domain.ProcurementPeriods.PERIOD_2026_2028;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.contracting.CatalogueFakes;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.port.in.AddLotCommand;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.ImposeClientStopCommand;
import nl.wmokader.core.contracting.port.in.LiftClientStopCommand;
import nl.wmokader.core.contracting.port.in.ListContractsQuery;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.contracting.port.in.TerminateContractCommand;
import nl.wmokader.core.inmemory.InMemoryContractRepository;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/** Scenarios over the contract use cases, on the in-memory adapters and a small stand-in catalogue. */
class ContractServicesTest {

  private static final AgbCode MAASOEVER = AgbCode.of("98000001");
  private static final AgbCode LINDEHOF = AgbCode.of("98000002");
  private static final AgbCode UNREGISTERED = AgbCode.of("98000099");
  private static final ProductCode HOUSEHOLD_HELP = ProductCode.of("01A01");
  private static final ProductCode GUIDANCE = ProductCode.of("02A01");
  /** A product that enters the catalogue with the second procurement period. */
  private static final ProductCode DAY_ACTIVITY = ProductCode.of("07A01");

  private final MutableClock clock = new MutableClock(LocalDate.of(2023, 12, 1));
  private final InMemoryProviderRepository providerRepository = new InMemoryProviderRepository();
  private final InMemoryContractRepository contractRepository = new InMemoryContractRepository();
  private final FindProductUseCase catalogue = CatalogueFakes.products(HashMap.of(
      HOUSEHOLD_HELP, DateRange.from(LocalDate.of(2020, 1, 1)),
      GUIDANCE, DateRange.from(LocalDate.of(2020, 1, 1)),
      DAY_ACTIVITY, DateRange.from(LocalDate.of(2026, 1, 1))));
  private final ContractServices contracts =
      new ContractServices(providerRepository, contractRepository, catalogue, clock, new SequentialIds(), AccessPolicy.standard());

  ContractServicesTest() {
    ContractingGen.referenceProviders().take(2).forEach(p -> Results.right(providerRepository.save(p)));
  }

  private static NewLot lot(ProductCode product, DateRange validity) {
    return new NewLot(product, validity, Option.none());
  }

  private static NewLot lot(ProductCode product, DateRange validity, long cents) {
    return new NewLot(product, validity, Option.some(Money.ofCents(cents)));
  }

  private static DateRange days(String from, String to) {
    return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
  }

  private Contract contracted(NewLot... lots) {
    return Results.right(contracts.contractProvider(Actor.region(),
        new ContractProviderCommand(MAASOEVER, PERIOD_2024_2025, List.of(lots))));
  }

  @Test
  void the_contracts_of_several_providers_in_one_question_as_each_actor_sees_them() {
    Contract maasoever = contracted(lot(GUIDANCE, PERIOD_2024_2025));
    Contract lindehof = Results.right(contracts.contractProvider(Actor.region(),
        new ContractProviderCommand(LINDEHOF, PERIOD_2024_2025, List.empty())));
    io.vavr.collection.Set<AgbCode> both = io.vavr.collection.HashSet.of(LINDEHOF, MAASOEVER, AgbCode.of("12345678"));
    assertThat(Results.right(contracts.findContracts(Actor.region(), both))).containsExactly(maasoever, lindehof);
    assertThat(Results.right(contracts.findContracts(Actor.provider(LINDEHOF), both))).containsExactly(lindehof);
    Results.left(contracts.findContracts(Actor.analyst(), both), CommonError.Forbidden.class);
    Results.left(contracts.findContracts(Actor.region(), null), InvalidInput.class);
    Results.left(contracts.findContracts(Actor.region(), io.vavr.collection.HashSet.range(0, 10_001)
        .map(n -> AgbCode.of(String.format("%08d", 10_000_000 + n)))), InvalidInput.class);
  }

  @Test
  void contracting_a_registered_provider_stores_an_active_contract_with_its_lots() {
    Contract contract = contracted(lot(GUIDANCE, PERIOD_2024_2025, 64_20), lot(HOUSEHOLD_HELP, days("2024-03-01", "2025-06-30")));

    assertThat(contract.id()).isEqualTo(new ContractId(new java.util.UUID(0, 1)));
    assertThat(contract.provider()).isEqualTo(MAASOEVER);
    assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(contract.lots()).containsExactly(
        Lot.of(GUIDANCE, PERIOD_2024_2025, Money.euros(64, 20)),
        Lot.of(HOUSEHOLD_HELP, days("2024-03-01", "2025-06-30")));
    assertThat(contract.version()).isEqualTo(1);
    assertThat(contractRepository.findById(contract.id()).get()).isEqualTo(contract);
  }

  @Test
  void contracting_an_unregistered_provider_is_not_found() {
    Results.left(contracts.contractProvider(Actor.region(), new ContractProviderCommand(UNREGISTERED, PERIOD_2024_2025,
        List.empty())), CommonError.NotFound.class);
    assertThat(contractRepository.all()).isEmpty();
  }

  @Test
  void invalid_input_names_every_field_and_stores_nothing() {
    InvalidInput invalid = Results.left(contracts.contractProvider(Actor.region(), new ContractProviderCommand(null, null,
        List.of(lot(null, PERIOD_2024_2025), lot(GUIDANCE, null, -1), null))), InvalidInput.class);
    assertThat(invalid.errors().map(FieldError::field))
        .containsExactly("provider", "period", "lots[0].product", "lots[1].validity", "lots[1].tariff", "lots[2]");

    Contract contract = contracted();
    InvalidInput addLot = Results.left(contracts.addLot(Actor.region(),
        new AddLotCommand(contract.id(), null, PERIOD_2024_2025, Option.some(Money.ofCents(-5)))), InvalidInput.class);
    assertThat(addLot.errors().map(FieldError::field)).containsExactly("product", "tariff");
    assertThat(Results.left(contracts.terminateContract(Actor.region(), new TerminateContractCommand(null, null)),
        InvalidInput.class).errors()).hasSize(2);
    assertThat(Results.left(contracts.imposeClientStop(Actor.region(), new ImposeClientStopCommand(null, null, null)),
        InvalidInput.class).errors()).hasSize(3);
    assertThat(Results.left(contracts.liftClientStop(Actor.region(), new LiftClientStopCommand(null, null)),
        InvalidInput.class).errors()).hasSize(2);
    assertThat(contractRepository.findById(contract.id()).get()).isEqualTo(contract);
  }

  @Test
  void only_region_staff_change_contracts_and_only_region_or_member_staff_stop_new_assignments() {
    Contract contract = contracted(lot(GUIDANCE, PERIOD_2024_2025));
    for (Actor actor : List.of(Actor.municipality(MunicipalityCode.of("0828")), Actor.provider(MAASOEVER), Actor.supervisor())) {
      Results.left(contracts.contractProvider(actor, new ContractProviderCommand(LINDEHOF, PERIOD_2024_2025, List.empty())),
          CommonError.Forbidden.class);
      Results.left(contracts.addLot(actor, new AddLotCommand(contract.id(), HOUSEHOLD_HELP, PERIOD_2024_2025, Option.none())),
          CommonError.Forbidden.class);
      Results.left(contracts.terminateContract(actor, new TerminateContractCommand(contract.id(), LocalDate.of(2025, 1, 1))),
          CommonError.Forbidden.class);
    }
    for (Actor actor : List.of(Actor.provider(MAASOEVER), Actor.supervisor())) {
      Results.left(contracts.imposeClientStop(actor, new ImposeClientStopCommand(contract.id(),
          DateRange.from(LocalDate.of(2024, 2, 1)), ClientStopReason.QUALITY_SIGNALS)), CommonError.Forbidden.class);
      Results.left(contracts.liftClientStop(actor, new LiftClientStopCommand(contract.id(), LocalDate.of(2024, 2, 1))),
          CommonError.Forbidden.class);
    }
    assertThat(contractRepository.all()).containsExactly(contract);
  }

  @Test
  void a_members_staff_stop_new_assignments_to_a_provider_and_lift_the_stop() {
    Contract contract = contracted(lot(GUIDANCE, PERIOD_2024_2025));
    Actor bernheze = Actor.municipality(MunicipalityCode.of("1721"));
    Contract stopped = Results.right(contracts.imposeClientStop(bernheze, new ImposeClientStopCommand(contract.id(),
        DateRange.from(LocalDate.of(2024, 2, 1)), ClientStopReason.QUALITY_SIGNALS)));
    assertThat(stopped.clientStops()).hasSize(1);
    assertThat(contractRepository.all()).containsExactly(stopped);
    Contract lifted = Results.right(contracts.liftClientStop(bernheze, new LiftClientStopCommand(contract.id(),
        LocalDate.of(2024, 2, 1))));
    assertThat(lifted.clientStops()).isEmpty();
  }

  @Test
  void lots_must_lie_inside_the_period_not_overlap_and_be_in_the_catalogue_on_their_first_day() {
    Results.left(contracts.contractProvider(Actor.region(), new ContractProviderCommand(MAASOEVER, PERIOD_2024_2025,
        List.of(lot(GUIDANCE, days("2025-07-01", "2026-06-30"))))), ContractingError.LotOutsideContractPeriod.class);
    Results.left(contracts.contractProvider(Actor.region(), new ContractProviderCommand(MAASOEVER, PERIOD_2024_2025,
        List.of(lot(GUIDANCE, days("2024-01-01", "2024-12-31")), lot(GUIDANCE, days("2024-12-31", "2025-12-31"))))),
        ContractingError.LotsOverlap.class);
    Results.left(contracts.contractProvider(Actor.region(), new ContractProviderCommand(MAASOEVER, PERIOD_2024_2025,
        List.of(lot(DAY_ACTIVITY, PERIOD_2024_2025)))), ContractingError.ProductNotInCatalogue.class);
    assertThat(contractRepository.all()).isEmpty();

    Contract next = Results.right(contracts.contractProvider(Actor.region(), new ContractProviderCommand(MAASOEVER,
        PERIOD_2026_2028, List.of(lot(DAY_ACTIVITY, PERIOD_2026_2028)))));
    assertThat(next.lots().map(Lot::product)).containsExactly(DAY_ACTIVITY);
  }

  @Test
  void adding_lots_keeps_lots_of_one_product_apart_in_time() {
    Contract contract = contracted(lot(GUIDANCE, days("2024-01-01", "2024-12-31"), 60_00));

    Contract adjacent = Results.right(contracts.addLot(Actor.region(),
        new AddLotCommand(contract.id(), GUIDANCE, days("2025-01-01", "2025-12-31"), Option.some(Money.ofCents(62_50)))));
    Contract other = Results.right(contracts.addLot(Actor.region(),
        new AddLotCommand(contract.id(), HOUSEHOLD_HELP, PERIOD_2024_2025, Option.none())));
    ContractingError.LotsOverlap overlap = Results.left(contracts.addLot(Actor.region(),
        new AddLotCommand(contract.id(), GUIDANCE, days("2025-06-01", "2025-06-30"), Option.none())),
        ContractingError.LotsOverlap.class);

    assertThat(overlap.existing()).isEqualTo(days("2025-01-01", "2025-12-31"));
    assertThat(adjacent.version()).isEqualTo(2);
    assertThat(contractRepository.findById(contract.id()).get()).isEqualTo(other);
    assertThat(other.lots()).hasSize(3);
  }

  @Test
  void changing_an_unknown_contract_is_not_found() {
    ContractId unknown = new ContractId(new java.util.UUID(7, 7));
    Results.left(contracts.addLot(Actor.region(), new AddLotCommand(unknown, GUIDANCE, PERIOD_2024_2025, Option.none())),
        CommonError.NotFound.class);
    Results.left(contracts.terminateContract(Actor.region(), new TerminateContractCommand(unknown, LocalDate.of(2024, 6, 1))),
        CommonError.NotFound.class);
    Results.left(contracts.getContract(Actor.region(), unknown), CommonError.NotFound.class);
  }

  @Test
  void a_catalogue_failure_other_than_not_found_is_passed_on() {
    FindProductUseCase failing = (actor, query) -> Either.left(new CommonError.Forbidden("look up products"));
    ContractServices services = new ContractServices(providerRepository, contractRepository, failing, clock, new SequentialIds(), AccessPolicy.standard());
    Results.left(services.contractProvider(Actor.region(), new ContractProviderCommand(MAASOEVER, PERIOD_2024_2025,
        List.of(lot(GUIDANCE, PERIOD_2024_2025)))), CommonError.Forbidden.class);
    assertThat(contractRepository.all()).isEmpty();
  }

  @Test
  void a_provider_has_one_contract_in_force_on_any_day() {
    Contract first = contracted(lot(GUIDANCE, PERIOD_2024_2025));
    ContractingError.ContractsOverlap overlap = Results.left(contracts.contractProvider(Actor.region(),
        new ContractProviderCommand(MAASOEVER, days("2025-07-01", "2026-12-31"), List.empty())),
        ContractingError.ContractsOverlap.class);
    assertThat(overlap.existing()).isEqualTo(first.id());

    Results.right(contracts.terminateContract(Actor.region(), new TerminateContractCommand(first.id(), LocalDate.of(2025, 7, 1))));
    Contract successor = Results.right(contracts.contractProvider(Actor.region(),
        new ContractProviderCommand(MAASOEVER, days("2025-07-01", "2026-12-31"), List.empty())));
    Results.right(contracts.contractProvider(Actor.region(),
        new ContractProviderCommand(LINDEHOF, PERIOD_2024_2025, List.empty())));
    assertThat(contractRepository.findByProvider(MAASOEVER)).containsExactly(
        contractRepository.findById(first.id()).get(), successor);
  }

  @Test
  void terminating_ends_the_lots_the_day_before_and_is_final() {
    Contract contract = contracted(
        lot(GUIDANCE, PERIOD_2024_2025, 64_20),
        lot(HOUSEHOLD_HELP, days("2024-01-01", "2024-05-31")),
        lot(HOUSEHOLD_HELP, days("2024-09-01", "2025-12-31")));
    clock.set(LocalDate.of(2024, 5, 15));

    Contract terminated = Results.right(contracts.terminateContract(Actor.region(),
        new TerminateContractCommand(contract.id(), LocalDate.of(2024, 7, 1))));

    assertThat(terminated.status()).isEqualTo(ContractStatus.TERMINATED);
    assertThat(terminated.terminatedFrom()).isEqualTo(Option.some(LocalDate.of(2024, 7, 1)));
    assertThat(terminated.period()).isEqualTo(PERIOD_2024_2025);
    assertThat(terminated.lots()).containsExactly(
        Lot.of(GUIDANCE, days("2024-01-01", "2024-06-30"), Money.euros(64, 20)),
        Lot.of(HOUSEHOLD_HELP, days("2024-01-01", "2024-05-31")));
    assertThat(terminated.inForceOn(LocalDate.of(2024, 6, 30))).isTrue();
    assertThat(terminated.inForceOn(LocalDate.of(2024, 7, 1))).isFalse();

    Results.left(contracts.terminateContract(Actor.region(), new TerminateContractCommand(contract.id(), LocalDate.of(2024, 8, 1))),
        ContractingError.ContractTerminated.class);
    Results.left(contracts.addLot(Actor.region(), new AddLotCommand(contract.id(), HOUSEHOLD_HELP, days("2024-06-01", "2024-06-30"),
        Option.none())), ContractingError.ContractTerminated.class);
    Results.left(contracts.imposeClientStop(Actor.region(), new ImposeClientStopCommand(contract.id(),
        DateRange.from(LocalDate.of(2024, 6, 1)), ClientStopReason.FRAUD_SIGNALS)), ContractingError.ContractTerminated.class);
    assertThat(contractRepository.findById(contract.id()).get()).isEqualTo(terminated);
  }

  @Test
  void termination_lies_within_the_period_and_not_before_today() {
    Contract contract = contracted(lot(GUIDANCE, PERIOD_2024_2025));
    clock.set(LocalDate.of(2024, 5, 15));
    Results.left(contracts.terminateContract(Actor.region(), new TerminateContractCommand(contract.id(), LocalDate.of(2024, 5, 14))),
        ContractingError.RetroactiveChange.class);
    Results.left(contracts.terminateContract(Actor.region(), new TerminateContractCommand(contract.id(), LocalDate.of(2026, 1, 1))),
        ContractingError.TerminationOutsideContractPeriod.class);
    Contract today = Results.right(contracts.terminateContract(Actor.region(),
        new TerminateContractCommand(contract.id(), LocalDate.of(2024, 5, 15))));
    assertThat(today.lots()).containsExactly(Lot.of(GUIDANCE, days("2024-01-01", "2024-05-14")));
  }

  @Test
  void a_client_stop_is_imposed_for_a_period_and_lifted_from_a_date() {
    Contract contract = contracted(lot(GUIDANCE, PERIOD_2024_2025));
    clock.set(LocalDate.of(2024, 3, 1));

    Contract stopped = Results.right(contracts.imposeClientStop(Actor.region(), new ImposeClientStopCommand(contract.id(),
        DateRange.from(LocalDate.of(2024, 3, 4)), ClientStopReason.SAFETY_SIGNALS)));
    assertThat(stopped.clientStopOn(LocalDate.of(2024, 3, 4)).map(ClientStop::reason)).contains(ClientStopReason.SAFETY_SIGNALS);
    Results.left(contracts.imposeClientStop(Actor.region(), new ImposeClientStopCommand(contract.id(),
        days("2024-06-01", "2024-06-30"), ClientStopReason.OTHER)), ContractingError.ClientStopsOverlap.class);
    Results.left(contracts.imposeClientStop(Actor.region(), new ImposeClientStopCommand(contract.id(),
        days("2024-02-01", "2024-02-28"), ClientStopReason.OTHER)), ContractingError.RetroactiveChange.class);

    clock.set(LocalDate.of(2024, 4, 10));
    Results.left(contracts.liftClientStop(Actor.region(), new LiftClientStopCommand(contract.id(), LocalDate.of(2024, 4, 1))),
        ContractingError.RetroactiveChange.class);
    Contract lifted = Results.right(contracts.liftClientStop(Actor.region(),
        new LiftClientStopCommand(contract.id(), LocalDate.of(2024, 4, 15))));
    assertThat(lifted.clientStops()).containsExactly(
        new ClientStop(days("2024-03-04", "2024-04-14"), ClientStopReason.SAFETY_SIGNALS));
    Results.left(contracts.liftClientStop(Actor.region(), new LiftClientStopCommand(contract.id(), LocalDate.of(2024, 4, 15))),
        ContractingError.NoClientStopToLift.class);

    Contract again = Results.right(contracts.imposeClientStop(Actor.region(), new ImposeClientStopCommand(contract.id(),
        days("2024-09-01", "2024-09-30"), ClientStopReason.QUALITY_SIGNALS)));
    Contract withdrawn = Results.right(contracts.liftClientStop(Actor.region(),
        new LiftClientStopCommand(contract.id(), LocalDate.of(2024, 9, 1))));
    assertThat(again.clientStops()).hasSize(2);
    assertThat(withdrawn.clientStops()).isEqualTo(lifted.clientStops());
  }

  @Test
  void contracts_are_read_by_every_role_but_a_provider_sees_only_its_own() {
    Contract own = contracted(lot(GUIDANCE, PERIOD_2024_2025));
    for (Actor actor : List.of(Actor.region(), Actor.municipality(MunicipalityCode.of("0755")), Actor.supervisor(),
        Actor.provider(MAASOEVER))) {
      assertThat(Results.right(contracts.getContract(actor, own.id()))).isEqualTo(own);
      assertThat(Results.right(contracts.listContracts(actor, new ListContractsQuery(MAASOEVER, PageRequest.first()))).items())
          .containsExactly(own);
    }
    Results.left(contracts.getContract(Actor.provider(LINDEHOF), own.id()), CommonError.NotFound.class);
    var foreign = Results.right(contracts.listContracts(Actor.provider(LINDEHOF), new ListContractsQuery(MAASOEVER, PageRequest.first())));
    assertThat(foreign.items()).isEmpty();
    assertThat(foreign.total()).isZero();
  }

  @Test
  void contracts_of_a_provider_are_listed_by_period_a_page_at_a_time() {
    Contract first = contracted();
    Contract second = Results.right(contracts.contractProvider(Actor.region(),
        new ContractProviderCommand(MAASOEVER, PERIOD_2026_2028, List.empty())));
    var page = Results.right(contracts.listContracts(Actor.region(), new ListContractsQuery(MAASOEVER, new PageRequest(1, 1))));
    assertThat(page.items()).containsExactly(second);
    assertThat(page.total()).isEqualTo(2);
    assertThat(Results.right(contracts.listContracts(Actor.region(), new ListContractsQuery(MAASOEVER, new PageRequest(0, 1))))
        .items()).containsExactly(first);
    Results.left(contracts.listContracts(Actor.region(), new ListContractsQuery(UNREGISTERED, PageRequest.first())),
        CommonError.NotFound.class);
    assertThat(Results.left(contracts.listContracts(Actor.region(), new ListContractsQuery(null, null)), InvalidInput.class)
        .errors()).hasSize(2);
  }
}
