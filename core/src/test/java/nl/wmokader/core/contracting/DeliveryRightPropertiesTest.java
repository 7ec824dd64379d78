package nl.wmokader.core.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.port.in.FindReferenceTariffUseCase;
import nl.wmokader.core.contracting.application.DeliveryRightService;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.DeliveryRight;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.domain.TariffPeriod;
import nl.wmokader.core.contracting.port.in.DeliveryRightQuery;
import nl.wmokader.core.inmemory.InMemoryContractRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of {@link DeliveryRightService} against a naive model that reads the stored
 * contracts' raw fields (dates compared by hand, no aggregate methods).
 */
class DeliveryRightPropertiesTest implements WithQuickTheories {

  /**
   * The stand-in catalogue's reference tariffs: 01A01 always (varying by day), 02A01 from 2025
   * on, 07A01 never, and 02A02 unknown to the tariffs altogether.
   */
  private static Either<DomainError, Option<Money>> referenceTariff(ProductCode product, LocalDate date) {
    switch (product.value()) {
      case "01A01":
        return Either.right(Option.some(Money.ofCents(30_00 + date.getDayOfYear())));
      case "02A01":
        return Either.right(date.getYear() >= 2025 ? Option.some(Money.euros(65, 0)) : Option.none());
      case "02A02":
        return Either.left(new CommonError.NotFound("Product", product.value()));
      default:
        return Either.right(Option.none());
    }
  }

  private static final FindReferenceTariffUseCase TARIFFS = (actor, query) -> referenceTariff(query.code(), query.asOf());

  // --- the naive model

  private static boolean within(LocalDate day, LocalDate start, Option<LocalDate> end) {
    return !day.isBefore(start) && (end.isEmpty() || !day.isAfter(end.get()));
  }

  private static Option<DeliveryRight> expected(List<Contract> stored, DeliveryRightQuery q) {
    for (Contract c : stored) {
      boolean active = c.status() == ContractStatus.ACTIVE
          || (c.status() == ContractStatus.TERMINATED && c.terminatedWhile().contains(ContractStatus.ACTIVE));
      boolean holds = active && c.provider().equals(q.provider())
          && within(q.date(), c.period().start(), c.period().end())
          && (c.terminatedFrom().isEmpty() || q.date().isBefore(c.terminatedFrom().get()));
      boolean stopped = c.clientStops().exists(s -> within(q.date(), s.period().start(), s.period().end()));
      for (Lot lot : c.lots()) {
        if (holds && !stopped && lot.product().equals(q.product())
            && within(q.date(), lot.validity().start(), lot.validity().end())) {
          Option<Money> own = List.ofAll(lot.tariffs())
              .find(t -> within(q.date(), t.validity().start(), t.validity().end())).map(TariffPeriod::tariff);
          Option<Money> tariff = own.isDefined() ? own
              : referenceTariff(q.product(), q.date()).getOrElse(Option.none());
          return tariff.map(t -> new DeliveryRight(c.id(), c.provider(), lot.product(), lot.validity(), t));
        }
      }
    }
    return Option.none();
  }

  // --- generated worlds: contracts of a few providers, never two of one provider in force on one day

  private record World(List<Contract> contracts, java.util.List<DeliveryRightQuery> queries) {}

  private static boolean inForceTogether(Contract a, Contract b) {
    return a.provider().equals(b.provider())
        && a.inForce().exists(x -> b.inForce().exists(x::overlaps));
  }

  /** Queries aimed mostly at the contracts' lots (their provider, product and days around them), else anywhere. */
  private Gen<DeliveryRightQuery> queriesNear(List<Contract> contracts) {
    Gen<DeliveryRightQuery> anywhere = ContractingGen.fewProviders().zip(ContractingGen.products(), SharedGen.dates(),
        DeliveryRightQuery::new);
    List<io.vavr.Tuple2<Contract, Lot>> lots = contracts.flatMap(c -> c.lots().map(l -> io.vavr.Tuple.of(c, l)));
    if (lots.isEmpty()) {
      return anywhere;
    }
    Gen<DeliveryRightQuery> aimed = Generate.pick(lots.toJavaList()).flatMap(t ->
        ContractingGen.dateAround(t._2.validity()).map(d -> new DeliveryRightQuery(t._1.provider(), t._2.product(), d)));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(3, aimed),
        org.quicktheories.api.Pair.of(1, anywhere));
  }

  private Gen<World> worlds() {
    return rs -> {
      List<Contract> contracts = List.empty();
      for (Contract c : lists().of(ContractingGen.contracts()).ofSizeBetween(0, 5).generate(rs)) {
        if (!contracts.exists(k -> k.id().equals(c.id()) || inForceTogether(k, c))) {
          contracts = contracts.append(c);
        }
      }
      return new World(contracts, lists().of(queriesNear(contracts)).ofSizeBetween(1, 30).generate(rs));
    };
  }

  private static DeliveryRightService serviceOver(InMemoryContractRepository repository) {
    return new DeliveryRightService(repository, TARIFFS, CatalogueFakes.everyProduct(), AccessPolicy.standard());
  }

  @Test
  void some_exactly_when_an_active_contract_holds_a_lot_that_covers_the_day_and_no_client_stop_is_in_force() {
    qt().forAll(worlds()).checkAssert(world -> {
      InMemoryContractRepository repository = new InMemoryContractRepository();
      List<Contract> stored = world.contracts().map(c -> Results.right(repository.save(c)));
      DeliveryRightService rights = serviceOver(repository);
      for (DeliveryRightQuery query : world.queries()) {
        assertThat(Results.right(rights.findDeliveryRight(Actor.region(), query)))
            .as(query.toString())
            .isEqualTo(expected(stored, query));
      }
    });
  }

  @Test
  void a_client_stop_blocks_new_delivery_rights_only_during_its_period() {
    Gen<Contract> unstopped = ContractingGen.nonTerminatedContracts().map(c -> c.withClientStops(List.empty()));
    Gen<Object[]> cases = rs -> {
      Contract contract = unstopped.generate(rs);
      ClientStop stop = ContractingGen.clientStopsAround(contract.period()).generate(rs);
      return new Object[] {contract, stop, lists().of(queriesNear(List.of(contract))).ofSizeBetween(1, 30).generate(rs)};
    };
    qt().forAll(cases).checkAssert(c -> {
      Contract contract = (Contract) c[0];
      ClientStop stop = (ClientStop) c[1];
      @SuppressWarnings("unchecked")
      java.util.List<DeliveryRightQuery> queries = (java.util.List<DeliveryRightQuery>) c[2];

      InMemoryContractRepository repository = new InMemoryContractRepository();
      Contract saved = Results.right(repository.save(contract));
      DeliveryRightService rights = serviceOver(repository);
      List<Option<DeliveryRight>> before = List.ofAll(queries).map(q -> Results.right(rights.findDeliveryRight(Actor.region(), q)));

      Results.right(repository.save(saved.imposeClientStop(stop, ContractingGen.LONG_AGO).get()));

      for (int i = 0; i < queries.size(); i++) {
        DeliveryRightQuery q = queries.get(i);
        Option<DeliveryRight> after = Results.right(rights.findDeliveryRight(Actor.region(), q));
        boolean stopped = within(q.date(), stop.period().start(), stop.period().end());
        assertThat(after).as("%s with a stop over %s", q, stop.period())
            .isEqualTo(stopped ? Option.none() : before.get(i));
      }
    });
  }

  @Test
  void a_provider_sees_its_own_rights_as_the_region_does_and_may_not_ask_about_another() {
    Gen<Actor> actors = SharedGen.actors();
    qt().forAll(worlds(), actors).checkAssert((world, actor) -> {
      InMemoryContractRepository repository = new InMemoryContractRepository();
      world.contracts().forEach(c -> Results.right(repository.save(c)));
      DeliveryRightService rights = serviceOver(repository);
      for (DeliveryRightQuery query : world.queries()) {
        var asRegion = rights.findDeliveryRight(Actor.region(), query);
        var asActor = rights.findDeliveryRight(actor, query);
        boolean allowed = actor.role() == Actor.Role.REGION || actor.role() == Actor.Role.MUNICIPALITY
            || actor.provider().contains(query.provider());
        if (allowed) {
          assertThat(asActor).isEqualTo(asRegion);
        } else {
          Results.left(asActor, CommonError.Forbidden.class);
        }
      }
    });
  }

  @Test
  void every_query_for_an_unknown_provider_is_answered_with_none() {
    qt().forAll(worlds(), SharedGen.dates(), ContractingGen.products()).checkAssert((world, date, product) -> {
      InMemoryContractRepository repository = new InMemoryContractRepository();
      world.contracts().forEach(c -> Results.right(repository.save(c)));
      AgbCode unknown = AgbCode.of("98999999");
      assertThat(Results.right(serviceOver(repository).findDeliveryRight(Actor.region(),
          new DeliveryRightQuery(unknown, product, date)))).isEmpty();
    });
  }
}
