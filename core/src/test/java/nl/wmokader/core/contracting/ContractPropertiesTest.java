package nl.wmokader.core.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.application.ContractServices;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.domain.TariffPeriod;
import nl.wmokader.core.contracting.port.in.AddLotCommand;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.ImposeClientStopCommand;
import nl.wmokader.core.contracting.port.in.LiftClientStopCommand;
import nl.wmokader.core.contracting.port.in.TerminateContractCommand;
import nl.wmokader.core.inmemory.InMemoryContractRepository;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the contract aggregate and its use cases, each against a deliberately naive
 * model: dates compared by hand, no {@link DateRange} logic, no aggregate methods.
 */
class ContractPropertiesTest implements WithQuickTheories {

  /** A product that only enters the catalogue on this day, so that some lots start too early for it. */
  private static final ProductCode LATE_PRODUCT = ProductCode.of("07A01");
  private static final LocalDate LATE_PRODUCT_FROM = LocalDate.of(2026, 1, 1);

  // --- the naive model's date arithmetic: an absent end is "for ever"

  private static boolean onOrBefore(LocalDate a, Option<LocalDate> b) {
    return b.isEmpty() || !a.isAfter(b.get());
  }

  private static boolean endsOnOrBefore(Option<LocalDate> a, Option<LocalDate> b) {
    return b.isEmpty() || (a.isDefined() && !a.get().isAfter(b.get()));
  }

  private static boolean shareADay(DateRange a, DateRange b) {
    return onOrBefore(a.start(), b.end()) && onOrBefore(b.start(), a.end());
  }

  private static boolean inside(DateRange inner, DateRange outer) {
    return !inner.start().isBefore(outer.start()) && endsOnOrBefore(inner.end(), outer.end());
  }

  // --- a small world per example: one registered provider, a catalogue, a clock

  private static final class World {
    final MutableClock clock = new MutableClock(ContractingGen.LONG_AGO);
    final InMemoryProviderRepository providers = new InMemoryProviderRepository();
    final InMemoryContractRepository contracts = new InMemoryContractRepository();
    final ContractServices services = new ContractServices(providers, contracts,
        CatalogueFakes.products(List.ofAll(ContractingGen.PRODUCTS).toMap(p -> p,
            p -> p.equals(LATE_PRODUCT) ? DateRange.from(LATE_PRODUCT_FROM) : DateRange.from(ContractingGen.LONG_AGO))),
        clock, new SequentialIds(), AccessPolicy.standard());

    World() {
      Results.right(providers.save(ContractingGen.referenceProviders().head()));
    }

    Contract contract(DateRange period) {
      return Results.right(services.contractProvider(Actor.region(),
          new ContractProviderCommand(ContractingGen.referenceProviders().head().agb(), period, List.empty())));
    }

    Contract stored(ContractId id) {
      return contracts.findById(id).get();
    }
  }

  private record AddLotScenario(DateRange period, java.util.List<Lot> requests) {}

  private Gen<AddLotScenario> addLotScenarios() {
    return rs -> {
      DateRange period = ContractingGen.periods().generate(rs);
      Gen<Lot> requests = ContractingGen.products().zip(ContractingGen.rangesAround(period), ContractingGen.tariffs(), Lot::new);
      return new AddLotScenario(period, lists().of(requests).ofSizeBetween(1, 25).generate(rs));
    };
  }

  @Test
  void lots_of_one_product_never_overlap_after_any_sequence_of_add_lot_commands() {
    qt().forAll(addLotScenarios()).checkAssert(scenario -> {
      World world = new World();
      ContractId id = world.contract(scenario.period()).id();
      List<Lot> model = List.empty();
      for (Lot request : scenario.requests()) {
        boolean expected = inside(request.validity(), scenario.period())
            && (!request.product().equals(LATE_PRODUCT) || !request.validity().start().isBefore(LATE_PRODUCT_FROM))
            && !model.exists(l -> l.product().equals(request.product()) && shareADay(l.validity(), request.validity()));

        Either<DomainError, Contract> actual = world.services.addLot(Actor.region(),
            new AddLotCommand(id, request.product(), request.validity(), ownTariff(request)));

        assertThat(actual.isRight()).as("%s -> %s", request, actual).isEqualTo(expected);
        if (actual.isLeft()) {
          assertThat(actual.getLeft()).isInstanceOf(ContractingError.class);
        }
        model = expected ? model.append(request) : model;
        List<Lot> stored = List.ofAll(world.stored(id).lots());
        assertThat(stored).isEqualTo(model);
        assertThat(stored.crossProduct().filter(t -> t._1 != t._2)
            .exists(t -> t._1.product().equals(t._2.product()) && shareADay(t._1.validity(), t._2.validity()))).isFalse();
      }
    });
  }

  // --- lifecycle commands: each knows how to run itself and how the model judges it

  private sealed interface Command {
    /** Days the clock moves on before the command runs. */
    int daysLater();

    Either<DomainError, Contract> run(ContractServices services, ContractId id);
  }

  private record AddLot(int daysLater, Lot lot) implements Command {
    public Either<DomainError, Contract> run(ContractServices services, ContractId id) {
      return services.addLot(Actor.region(), new AddLotCommand(id, lot.product(), lot.validity(), ownTariff(lot)));
    }
  }

  private record Terminate(int daysLater, LocalDate from) implements Command {
    public Either<DomainError, Contract> run(ContractServices services, ContractId id) {
      return services.terminateContract(Actor.region(), new TerminateContractCommand(id, from));
    }
  }

  private record Impose(int daysLater, ClientStop stop) implements Command {
    public Either<DomainError, Contract> run(ContractServices services, ContractId id) {
      return services.imposeClientStop(Actor.region(), new ImposeClientStopCommand(id, stop.period(), stop.reason()));
    }
  }

  private record Lift(int daysLater, LocalDate from) implements Command {
    public Either<DomainError, Contract> run(ContractServices services, ContractId id) {
      return services.liftClientStop(Actor.region(), new LiftClientStopCommand(id, from));
    }
  }

  private static Gen<Command> commands(DateRange period) {
    Gen<Integer> later = org.quicktheories.generators.SourceDSL.integers().between(0, 90);
    return Generate.oneOf(
        later.zip(ContractingGen.lotsWithin(period), (d, lot) -> (Command) new AddLot(d, lot)),
        later.zip(ContractingGen.dateAround(period), (d, from) -> (Command) new Terminate(d, from)),
        later.zip(ContractingGen.clientStopsAround(period), (d, stop) -> (Command) new Impose(d, stop)),
        later.zip(ContractingGen.clientStopsAround(period), (d, stop) -> (Command) new Impose(d, stop)),
        later.zip(ContractingGen.dateAround(period), (d, from) -> (Command) new Lift(d, from)));
  }

  private record LifecycleScenario(DateRange period, LocalDate today, java.util.List<Command> commands) {}

  private Gen<LifecycleScenario> lifecycleScenarios(int maxCommands) {
    return rs -> {
      DateRange period = ContractingGen.periods().generate(rs);
      LocalDate today = ContractingGen.dateAround(period).generate(rs);
      return new LifecycleScenario(period, today, lists().of(commands(period)).ofSizeBetween(1, maxCommands).generate(rs));
    };
  }

  /** The naive model of termination and client stops. */
  private record LifecycleModel(Option<LocalDate> terminatedFrom, List<DateRange> stops) {

    /** The model's next state, or none when it refuses the command. */
    Option<LifecycleModel> apply(Command command, DateRange period, LocalDate today) {
      if (terminatedFrom.isDefined()) {
        return Option.none();
      }
      if (command instanceof Terminate) {
        LocalDate from = ((Terminate) command).from();
        boolean ok = !from.isBefore(today) && !from.isBefore(period.start()) && onOrBefore(from, period.end());
        return ok ? Option.some(new LifecycleModel(Option.some(from), stops)) : Option.none();
      }
      if (command instanceof Impose) {
        DateRange stop = ((Impose) command).stop().period();
        boolean ok = !stop.start().isBefore(today) && !stops.exists(s -> shareADay(s, stop));
        return ok ? Option.some(new LifecycleModel(terminatedFrom, stops.append(stop))) : Option.none();
      }
      if (command instanceof Lift) {
        LocalDate from = ((Lift) command).from();
        boolean ok = !from.isBefore(today) && stops.exists(s -> onOrBefore(from, s.end()));
        List<DateRange> lifted = stops
            .filter(s -> s.start().isBefore(from))
            .map(s -> onOrBefore(from, s.end()) ? DateRange.of(s.start(), from.minusDays(1)) : s);
        return ok ? Option.some(new LifecycleModel(terminatedFrom, lifted)) : Option.none();
      }
      return Option.some(this); // AddLot of a lot inside the period, on an active contract: stops and status stay
    }
  }

  @Test
  void termination_and_client_stops_agree_with_a_naive_model_after_any_sequence_of_commands() {
    qt().forAll(lifecycleScenarios(20)).checkAssert(scenario -> {
      World world = new World();
      ContractId id = world.contract(scenario.period()).id();
      LocalDate today = scenario.today();
      LifecycleModel model = new LifecycleModel(Option.none(), List.empty());
      for (Command command : scenario.commands()) {
        today = today.plusDays(command.daysLater());
        world.clock.set(today);
        Option<LifecycleModel> next = model.apply(command, scenario.period(), today);
        Contract before = world.stored(id);

        Either<DomainError, Contract> actual = command.run(world.services, id);

        boolean lotClash = command instanceof AddLot && actual.isLeft() && !(actual.getLeft() instanceof ContractingError.ContractTerminated);
        if (!lotClash) {
          assertThat(actual.isRight()).as("%s on %s -> %s", command, today, actual).isEqualTo(next.isDefined());
          model = next.getOrElse(model);
        }
        Contract stored = world.stored(id);
        if (actual.isLeft()) {
          assertThat(stored).isEqualTo(before);
        }
        assertThat(stored.terminatedFrom()).isEqualTo(model.terminatedFrom());
        assertThat(stored.status()).isEqualTo(model.terminatedFrom().isDefined() ? ContractStatus.TERMINATED : ContractStatus.ACTIVE);
        assertThat(List.ofAll(stored.clientStops()).map(ClientStop::period)).isEqualTo(model.stops());
        model.terminatedFrom().forEach(from ->
            assertThat(stored.lots()).allMatch(l -> l.validity().end().exists(end -> end.isBefore(from))));
      }
    });
  }

  private record TerminatedScenario(Contract contract, java.util.List<Command> commands) {}

  @Test
  void terminated_is_final_no_command_changes_a_terminated_contract() {
    Gen<TerminatedScenario> scenarios = rs -> {
      Contract contract = ContractingGen.terminatedContracts().generate(rs);
      return new TerminatedScenario(contract, lists().of(commands(contract.period())).ofSizeBetween(1, 15).generate(rs));
    };
    qt().forAll(scenarios).checkAssert(scenario -> {
      World world = new World();
      Contract terminated = Results.right(world.contracts.save(scenario.contract()));
      for (Command command : scenario.commands()) {
        world.clock.set(world.clock.today().plusDays(command.daysLater()));
        Results.left(command.run(world.services, terminated.id()), ContractingError.ContractTerminated.class);
        assertThat(world.stored(terminated.id())).isEqualTo(terminated);
      }
    });
  }

  @Test
  void terminating_ends_every_lot_before_its_date_and_keeps_the_days_before_it() {
    Gen<Contract> active = ContractingGen.nonTerminatedContracts();
    qt().forAll(active.flatMap(c -> ContractingGen.dateIn(c.period()).map(from -> io.vavr.Tuple.of(c, from))))
        .checkAssert(t -> {
          Contract contract = t._1;
          LocalDate from = t._2;
          Contract terminated = contract.terminate(from, ContractingGen.LONG_AGO).get();
          assertThat(terminated.lots()).allMatch(l -> l.validity().end().exists(end -> end.isBefore(from)));
          for (Lot lot : contract.lots()) {
            for (LocalDate day : List.of(lot.validity().start(), from.minusDays(1), from)) {
              boolean before = day.isBefore(from);
              assertThat(terminated.lotOn(lot.product(), day))
                  .isEqualTo(before ? contract.lotOn(lot.product(), day).map(l -> endedBefore(l, from)) : Option.none());
            }
          }
        });
  }

  /** The own tariff of a lot generated with one tariff over its whole validity (or none). */
  private static Option<Money> ownTariff(Lot lot) {
    return lot.tariffs().headOption().map(TariffPeriod::tariff);
  }

  /** The naive model of a lot cut off before {@code from}: its validity and every tariff period end the day before. */
  private static Lot endedBefore(Lot lot, LocalDate from) {
    List<TariffPeriod> cut = List.ofAll(lot.tariffs())
        .filter(t -> t.validity().start().isBefore(from))
        .map(t -> onOrBefore(from, t.validity().end())
            ? new TariffPeriod(DateRange.of(t.validity().start(), from.minusDays(1)), t.tariff()) : t);
    return onOrBefore(from, lot.validity().end())
        ? new Lot(lot.product(), DateRange.of(lot.validity().start(), from.minusDays(1)), cut, lot.claimMoments())
        : lot;
  }
}
