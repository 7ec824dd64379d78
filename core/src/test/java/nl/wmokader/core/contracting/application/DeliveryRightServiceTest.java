package nl.wmokader.core.contracting.application;

import static nl.wmokader.core.contracting.domain.ProcurementPeriods.PERIOD_2024_2025;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.port.in.FindReferenceTariffUseCase;
import nl.wmokader.core.contracting.CatalogueFakes;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.DeliveryRight;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.DeliveryRightQuery;
import nl.wmokader.core.contracting.port.in.ImposeClientStopCommand;
import nl.wmokader.core.contracting.port.in.LiftClientStopCommand;
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
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

class DeliveryRightServiceTest {

  private static final AgbCode MAASOEVER = AgbCode.of("98000001");
  private static final ProductCode OWN_TARIFF = ProductCode.of("02A01");
  private static final ProductCode REFERENCE_TARIFF = ProductCode.of("01A01");
  private static final ProductCode NO_TARIFF = ProductCode.of("07A01");
  private static final ProductCode UNKNOWN_TO_TARIFFS = ProductCode.of("02A02");
  private static final LocalDate DAY = LocalDate.of(2024, 6, 3);

  private final MutableClock clock = new MutableClock(LocalDate.of(2023, 12, 1));
  private final InMemoryProviderRepository providerRepository = new InMemoryProviderRepository();
  private final InMemoryContractRepository contractRepository = new InMemoryContractRepository();
  private final ContractServices contracts = new ContractServices(providerRepository, contractRepository,
      CatalogueFakes.everyProduct(), clock, new SequentialIds(), AccessPolicy.standard());
  private final FindReferenceTariffUseCase tariffs = (actor, query) ->
      query.code().equals(REFERENCE_TARIFF) ? Either.right(Option.some(Money.euros(31, 5)))
          : query.code().equals(UNKNOWN_TO_TARIFFS) ? Either.left(new CommonError.NotFound("Product", query.code().value()))
          : Either.right(Option.none());
  private final DeliveryRightService rights = new DeliveryRightService(contractRepository, tariffs,
      CatalogueFakes.everyProduct(), AccessPolicy.standard());
  private final Contract contract;

  DeliveryRightServiceTest() {
    ContractingGen.referenceProviders().forEach(p -> Results.right(providerRepository.save(p)));
    contract = Results.right(contracts.contractProvider(Actor.region(), new ContractProviderCommand(MAASOEVER, PERIOD_2024_2025,
        List.of(new NewLot(OWN_TARIFF, PERIOD_2024_2025, Option.some(Money.euros(64, 20))),
            new NewLot(REFERENCE_TARIFF, DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)), Option.none()),
            new NewLot(NO_TARIFF, PERIOD_2024_2025, Option.none()),
            new NewLot(UNKNOWN_TO_TARIFFS, PERIOD_2024_2025, Option.none())))));
  }

  private Option<DeliveryRight> right(ProductCode product, LocalDate date) {
    return Results.right(rights.findDeliveryRight(Actor.region(), new DeliveryRightQuery(MAASOEVER, product, date)));
  }

  /** The catalogue by the codes' first two digits: 01 household help, 02 guidance, 07 day activities. */
  private final DeliveryRightService byCategory = new DeliveryRightService(contractRepository, tariffs,
      (actor, query) -> Either.right(nl.wmokader.core.catalogue.domain.ProductVersion.builder().code(query.code())
          .category(nl.wmokader.core.catalogue.domain.ProductCategory.ofCode(query.code().value().substring(0, 2)).get())
          .name("Product").unit(nl.wmokader.core.catalogue.domain.Unit.HOUR)
          .variant(nl.wmokader.core.catalogue.domain.ExecutionVariant.EFFORT_BASED)
          .validity(DateRange.from(LocalDate.of(2000, 1, 1))).localTo(Option.none()).build()),
      AccessPolicy.standard());

  private boolean holds(Actor actor, nl.wmokader.core.catalogue.domain.ProductCategory category, LocalDate date) {
    return Results.right(byCategory.holdsCategoryRight(actor,
        new nl.wmokader.core.contracting.port.in.CategoryRightQuery(MAASOEVER, category, date)));
  }

  @Test
  void a_category_right_is_a_delivery_right_for_some_product_of_the_category() {
    var household = nl.wmokader.core.catalogue.domain.ProductCategory.HOUSEHOLD_HELP;
    var guidance = nl.wmokader.core.catalogue.domain.ProductCategory.GUIDANCE;
    var dayActivities = nl.wmokader.core.catalogue.domain.ProductCategory.DAY_ACTIVITIES;
    assertThat(holds(Actor.region(), guidance, DAY)).isTrue();
    assertThat(holds(Actor.municipality(MunicipalityCode.of("1721")), household, DAY)).isTrue();
    assertThat(holds(Actor.provider(MAASOEVER), household, LocalDate.of(2024, 2, 29))).as("before the lot").isFalse();
    assertThat(holds(Actor.region(), dayActivities, DAY)).as("its only lot has no tariff").isFalse();
    assertThat(holds(Actor.region(), nl.wmokader.core.catalogue.domain.ProductCategory.PERSONAL_CARE, DAY)).isFalse();
    assertThat(Results.right(byCategory.holdsCategoryRight(Actor.region(), new nl.wmokader.core.contracting.port.in
        .CategoryRightQuery(AgbCode.of("98000002"), guidance, DAY)))).as("another provider").isFalse();
    Results.left(byCategory.holdsCategoryRight(Actor.provider(AgbCode.of("98000002")),
        new nl.wmokader.core.contracting.port.in.CategoryRightQuery(MAASOEVER, guidance, DAY)), CommonError.Forbidden.class);
    Results.left(byCategory.holdsCategoryRight(Actor.supervisor(),
        new nl.wmokader.core.contracting.port.in.CategoryRightQuery(MAASOEVER, guidance, DAY)), CommonError.Forbidden.class);
    Results.left(byCategory.holdsCategoryRight(Actor.region(),
        new nl.wmokader.core.contracting.port.in.CategoryRightQuery(MAASOEVER, null, DAY)), InvalidInput.class);
    // a client stop blocks the category as it blocks each product
    Results.right(contracts.imposeClientStop(Actor.region(), new ImposeClientStopCommand(contract.id(),
        DateRange.from(LocalDate.of(2024, 6, 1)), ClientStopReason.QUALITY_SIGNALS)));
    assertThat(holds(Actor.region(), guidance, DAY)).isFalse();
  }

  @Test
  void the_lots_own_tariff_wins() {
    assertThat(right(OWN_TARIFF, DAY)).contains(
        new DeliveryRight(contract.id(), MAASOEVER, OWN_TARIFF, PERIOD_2024_2025, Money.euros(64, 20)));
  }

  @Test
  void without_an_own_tariff_the_reference_tariff_of_the_day_applies() {
    assertThat(right(REFERENCE_TARIFF, DAY).map(DeliveryRight::tariff)).contains(Money.euros(31, 5));
    assertThat(right(REFERENCE_TARIFF, DAY).map(DeliveryRight::lotValidity))
        .contains(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)));
  }

  @Test
  void without_any_tariff_there_is_no_delivery_right() {
    assertThat(right(NO_TARIFF, DAY)).isEmpty();
    assertThat(right(UNKNOWN_TO_TARIFFS, DAY)).isEmpty();
  }

  @Test
  void there_is_none_outside_the_lot_or_for_another_product_or_provider() {
    assertThat(right(REFERENCE_TARIFF, LocalDate.of(2024, 2, 29))).isEmpty();
    assertThat(right(REFERENCE_TARIFF, LocalDate.of(2025, 1, 1))).isEmpty();
    assertThat(right(ProductCode.of("03A01"), DAY)).isEmpty();
    assertThat(Results.right(rights.findDeliveryRight(Actor.region(),
        new DeliveryRightQuery(AgbCode.of("98000002"), OWN_TARIFF, DAY)))).isEmpty();
  }

  @Test
  void a_client_stop_blocks_new_delivery_rights_while_it_is_in_force() {
    Results.right(contracts.imposeClientStop(Actor.region(), new ImposeClientStopCommand(contract.id(),
        DateRange.from(LocalDate.of(2024, 6, 1)), ClientStopReason.QUALITY_SIGNALS)));
    clock.set(LocalDate.of(2024, 6, 10));
    Results.right(contracts.liftClientStop(Actor.region(), new LiftClientStopCommand(contract.id(), LocalDate.of(2024, 7, 1))));

    assertThat(right(OWN_TARIFF, LocalDate.of(2024, 5, 31))).isNotEmpty();
    assertThat(right(OWN_TARIFF, LocalDate.of(2024, 6, 1))).isEmpty();
    assertThat(right(OWN_TARIFF, LocalDate.of(2024, 6, 30))).isEmpty();
    assertThat(right(OWN_TARIFF, LocalDate.of(2024, 7, 1))).isNotEmpty();
  }

  @Test
  void a_terminated_contract_gives_rights_until_the_day_before_its_termination() {
    Results.right(contracts.terminateContract(Actor.region(), new TerminateContractCommand(contract.id(), LocalDate.of(2024, 9, 1))));
    assertThat(right(OWN_TARIFF, LocalDate.of(2024, 8, 31)).map(DeliveryRight::lotValidity))
        .contains(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31)));
    assertThat(right(OWN_TARIFF, LocalDate.of(2024, 9, 1))).isEmpty();
  }

  @Test
  void region_and_municipality_staff_ask_for_any_provider_a_provider_only_for_itself() {
    DeliveryRightQuery query = new DeliveryRightQuery(MAASOEVER, OWN_TARIFF, DAY);
    for (Actor actor : List.of(Actor.region(), Actor.municipality(MunicipalityCode.of("1982")), Actor.provider(MAASOEVER))) {
      assertThat(Results.right(rights.findDeliveryRight(actor, query))).isNotEmpty();
    }
    Results.left(rights.findDeliveryRight(Actor.provider(AgbCode.of("98000002")), query), CommonError.Forbidden.class);
    Results.left(rights.findDeliveryRight(Actor.supervisor(), query), CommonError.Forbidden.class);
  }

  @Test
  void invalid_input_names_every_field() {
    InvalidInput invalid = Results.left(rights.findDeliveryRight(Actor.region(), new DeliveryRightQuery(null, null, null)),
        InvalidInput.class);
    assertThat(invalid.errors().map(FieldError::field)).containsExactly("provider", "product", "date");
  }
}
