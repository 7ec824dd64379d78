package nl.wmokader.core.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.application.AdmissionServices;
import nl.wmokader.core.contracting.application.ClientStopRequestServices;
import nl.wmokader.core.contracting.application.ContractServices;
import nl.wmokader.core.contracting.application.DeliveryRightService;
import nl.wmokader.core.contracting.domain.AdmissionCondition;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ClientStopRequest;
import nl.wmokader.core.contracting.domain.ClientStopRequestStatus;
import nl.wmokader.core.contracting.domain.ConditionCode;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.domain.Evidence;
import nl.wmokader.core.contracting.domain.OpenHouseTerms;
import nl.wmokader.core.contracting.domain.ProcurementPeriods;
import nl.wmokader.core.contracting.port.in.ActivateContractCommand;
import nl.wmokader.core.contracting.port.in.AdmitApplicationCommand;
import nl.wmokader.core.contracting.port.in.ApplyForAdmissionCommand;
import nl.wmokader.core.contracting.port.in.DecideOnClientStopRequestCommand;
import nl.wmokader.core.contracting.port.in.DeliveryRightQuery;
import nl.wmokader.core.contracting.port.in.ImposeClientStopCommand;
import nl.wmokader.core.contracting.port.in.LiftClientStopCommand;
import nl.wmokader.core.contracting.port.in.ReactivateContractCommand;
import nl.wmokader.core.contracting.port.in.RequestClientStopCommand;
import nl.wmokader.core.contracting.port.in.SubmitEvidenceCommand;
import nl.wmokader.core.contracting.port.in.SuspendContractCommand;
import nl.wmokader.core.contracting.port.in.TerminateContractCommand;
import nl.wmokader.core.inmemory.InMemoryContractRepository;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
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
 * The whole contract lifecycle as sequences of use-case calls, against a deliberately naive model
 * (a status, dates compared by hand, lists of periods): applied → admitted → active ⇄ suspended →
 * terminated (final), client stops imposed by the region or requested by the provider and in force
 * only with consent. After every step the stored contract and the delivery rights on probe days
 * must agree with the model: a new assignment only under an active contract on a day it holds and
 * no client stop is in force; the lot itself stays, whatever the status or stops say.
 */
class ContractLifecyclePropertiesTest implements WithQuickTheories {

  private static final DateRange PERIOD = ProcurementPeriods.PERIOD_2026_2028;
  private static final AgbCode PROVIDER = ContractingGen.referenceProviders().head().agb();
  private static final ProductCode PRODUCT = ContractingGen.PRODUCTS.get(1);
  private static final List<ConditionCode> REQUIRED = List.ofAll(OpenHouseTerms.reference().checklist())
      .map(AdmissionCondition::code);

  // --- the system under test

  private static final class World {
    final MutableClock clock = new MutableClock(PERIOD.start().minusMonths(4));
    final InMemoryProviderRepository providers = new InMemoryProviderRepository();
    final InMemoryContractRepository contracts = new InMemoryContractRepository();
    final SequentialIds ids = new SequentialIds();
    final AdmissionServices admission = new AdmissionServices(providers, contracts, CatalogueFakes.everyProduct(),
        OpenHouseTerms.reference(), clock, ids, AccessPolicy.standard());
    final ContractServices lifecycle = new ContractServices(providers, contracts, CatalogueFakes.everyProduct(), clock, ids, AccessPolicy.standard());
    final ClientStopRequestServices requests = new ClientStopRequestServices(contracts, clock, ids, AccessPolicy.standard());
    final DeliveryRightService rights = new DeliveryRightService(contracts,
        CatalogueFakes.referenceTariffs((product, date) -> Option.some(Money.euros(50, 0))), CatalogueFakes.everyProduct(),
        AccessPolicy.standard());
    final ContractId id;

    World() {
      Results.right(providers.save(ContractingGen.referenceProviders().head()));
      id = Results.right(admission.applyForAdmission(Actor.provider(PROVIDER),
          new ApplyForAdmissionCommand(PROVIDER, PERIOD, List.of(PRODUCT)))).id();
    }

    Contract stored() {
      return contracts.findById(id).get();
    }
  }

  // --- commands

  private sealed interface Command {
    int daysLater();

    Either<DomainError, Contract> run(World w);
  }

  private record Evidence(int daysLater, ConditionCode condition, LocalDate validFrom, Option<LocalDate> expiresOn)
      implements Command {
    public Either<DomainError, Contract> run(World w) {
      return w.admission.submitEvidence(Actor.provider(PROVIDER),
          new SubmitEvidenceCommand(w.id, condition, "DOC (fictief)", validFrom, expiresOn));
    }
  }

  private record Admit(int daysLater) implements Command {
    public Either<DomainError, Contract> run(World w) {
      return w.admission.admitApplication(Actor.region(), new AdmitApplicationCommand(w.id));
    }
  }

  private record Activate(int daysLater) implements Command {
    public Either<DomainError, Contract> run(World w) {
      return w.lifecycle.activateContract(Actor.region(), new ActivateContractCommand(w.id));
    }
  }

  private record Suspend(int daysLater, ClientStopReason reason) implements Command {
    public Either<DomainError, Contract> run(World w) {
      return w.lifecycle.suspendContract(Actor.region(), new SuspendContractCommand(w.id, reason));
    }
  }

  private record Reactivate(int daysLater) implements Command {
    public Either<DomainError, Contract> run(World w) {
      return w.lifecycle.reactivateContract(Actor.region(), new ReactivateContractCommand(w.id));
    }
  }

  private record Terminate(int daysLater, LocalDate from) implements Command {
    public Either<DomainError, Contract> run(World w) {
      return w.lifecycle.terminateContract(Actor.region(), new TerminateContractCommand(w.id, from));
    }
  }

  private record Impose(int daysLater, DateRange period) implements Command {
    public Either<DomainError, Contract> run(World w) {
      return w.lifecycle.imposeClientStop(Actor.region(), new ImposeClientStopCommand(w.id, period, ClientStopReason.QUALITY_SIGNALS));
    }
  }

  private record Lift(int daysLater, LocalDate from) implements Command {
    public Either<DomainError, Contract> run(World w) {
      return w.lifecycle.liftClientStop(Actor.region(), new LiftClientStopCommand(w.id, from));
    }
  }

  private record Request(int daysLater, DateRange period) implements Command {
    public Either<DomainError, Contract> run(World w) {
      return w.requests.requestClientStop(Actor.provider(PROVIDER), new RequestClientStopCommand(w.id, period, "Personeelstekort"));
    }
  }

  /** Decides the request at {@code index} (modulo their number); skipped while there is none. */
  private record Decide(int daysLater, int index, boolean consent) implements Command {
    public Either<DomainError, Contract> run(World w) {
      List<ClientStopRequest> all = List.ofAll(w.stored().clientStopRequests());
      return w.requests.decideOnClientStopRequest(Actor.region(),
          new DecideOnClientStopRequestCommand(w.id, all.get(index % all.size()).id(), consent));
    }
  }

  private static Gen<Command> commands() {
    Gen<Integer> later = integersBetween(0, 60);
    Gen<LocalDate> around = ContractingGen.dateAround(PERIOD.withEnd(PERIOD.start().plusMonths(10)));
    Gen<DateRange> stops = ContractingGen.rangesAround(PERIOD.withEnd(PERIOD.start().plusMonths(10)));
    Gen<Option<LocalDate>> expiry = Generate.oneOf(Generate.constant(Option.<LocalDate>none()),
        ContractingGen.dateAround(PERIOD.withEnd(PERIOD.start().plusMonths(10))).map(Option::some));
    return Generate.frequency(
        pair(6, later.zip(Generate.pick(REQUIRED.toJavaList()), around, expiry,
            (d, c, from, to) -> (Command) new Evidence(d, c, from.minusMonths(6), to.filter(t -> !t.isBefore(from.minusMonths(6)))))),
        pair(3, later.map(d -> (Command) new Admit(d))),
        pair(3, later.map(d -> (Command) new Activate(d))),
        pair(2, later.zip(ContractingGen.reasons(), (d, r) -> (Command) new Suspend(d, r))),
        pair(2, later.map(d -> (Command) new Reactivate(d))),
        pair(1, later.zip(around, (d, from) -> (Command) new Terminate(d, from))),
        pair(2, later.zip(stops, (d, p) -> (Command) new Impose(d, p))),
        pair(1, later.zip(around, (d, from) -> (Command) new Lift(d, from))),
        pair(2, later.zip(stops, (d, p) -> (Command) new Request(d, p))),
        pair(2, later.zip(integersBetween(0, 5), Generate.booleans(), (d, i, yes) -> (Command) new Decide(d, i, yes))));
  }

  private static Gen<Integer> integersBetween(int from, int to) {
    return org.quicktheories.generators.SourceDSL.integers().between(from, to);
  }

  private static org.quicktheories.api.Pair<Integer, Gen<Command>> pair(int weight, Gen<Command> gen) {
    return org.quicktheories.api.Pair.of(weight, gen);
  }

  // --- the naive model

  private static boolean onOrBefore(LocalDate a, Option<LocalDate> b) {
    return b.isEmpty() || !a.isAfter(b.get());
  }

  private static boolean shareADay(DateRange a, DateRange b) {
    return onOrBefore(a.start(), b.end()) && onOrBefore(b.start(), a.end());
  }

  private static boolean within(LocalDate day, DateRange r) {
    return !day.isBefore(r.start()) && onOrBefore(day, r.end());
  }

  private record Model(ContractStatus status, Option<LocalDate> terminatedFrom, Option<ContractStatus> terminatedWhile,
      List<DateRange> stops, List<Tuple2<DateRange, ClientStopRequestStatus>> requests,
      List<Tuple2<ConditionCode, DateRange>> evidence) {

    static Model applied() {
      return new Model(ContractStatus.APPLIED, Option.none(), Option.none(), List.empty(), List.empty(), List.empty());
    }

    Model status(ContractStatus s) {
      return new Model(s, terminatedFrom, terminatedWhile, stops, requests, evidence);
    }

    /** The model's next state, or none when it refuses. */
    Option<Model> apply(Command command, LocalDate today) {
      if (status == ContractStatus.TERMINATED) {
        return Option.none();
      }
      if (command instanceof Evidence) {
        Evidence e = (Evidence) command;
        return Option.some(new Model(status, terminatedFrom, terminatedWhile, stops, requests,
            evidence.append(Tuple.of(e.condition(), new DateRange(e.validFrom(), e.expiresOn())))));
      }
      if (command instanceof Admit) {
        boolean met = REQUIRED.forAll(code -> evidence.exists(t -> t._1.equals(code) && within(today, t._2)));
        return status == ContractStatus.APPLIED && met ? Option.some(status(ContractStatus.ADMITTED)) : Option.none();
      }
      if (command instanceof Activate) {
        return status == ContractStatus.ADMITTED ? Option.some(status(ContractStatus.ACTIVE)) : Option.none();
      }
      if (command instanceof Suspend) {
        return status == ContractStatus.ACTIVE ? Option.some(status(ContractStatus.SUSPENDED)) : Option.none();
      }
      if (command instanceof Reactivate) {
        return status == ContractStatus.SUSPENDED ? Option.some(status(ContractStatus.ACTIVE)) : Option.none();
      }
      if (command instanceof Terminate) {
        LocalDate from = ((Terminate) command).from();
        boolean ok = !from.isBefore(today) && within(from, PERIOD);
        return ok ? Option.some(new Model(ContractStatus.TERMINATED, Option.some(from), Option.some(status), stops, requests,
            evidence)) : Option.none();
      }
      if (command instanceof Impose) {
        return impose(((Impose) command).period(), today);
      }
      if (command instanceof Lift) {
        LocalDate from = ((Lift) command).from();
        boolean ok = !from.isBefore(today) && stops.exists(s -> onOrBefore(from, s.end()));
        List<DateRange> lifted = stops.filter(s -> s.start().isBefore(from))
            .map(s -> onOrBefore(from, s.end()) ? DateRange.of(s.start(), from.minusDays(1)) : s);
        return ok ? Option.some(new Model(status, terminatedFrom, terminatedWhile, lifted, requests, evidence)) : Option.none();
      }
      if (command instanceof Request) {
        DateRange period = ((Request) command).period();
        return period.start().isBefore(today) ? Option.none() : Option.some(new Model(status, terminatedFrom, terminatedWhile,
            stops, requests.append(Tuple.of(period, ClientStopRequestStatus.PENDING)), evidence));
      }
      Decide d = (Decide) command;
      int index = d.index() % requests.size();
      Tuple2<DateRange, ClientStopRequestStatus> request = requests.get(index);
      if (request._2 != ClientStopRequestStatus.PENDING) {
        return Option.none();
      }
      Option<Model> stopped = d.consent() ? impose(request._1, today) : Option.some(this);
      return stopped.map(m -> new Model(m.status, m.terminatedFrom, m.terminatedWhile, m.stops,
          m.requests.update(index, Tuple.of(request._1,
              d.consent() ? ClientStopRequestStatus.CONSENTED : ClientStopRequestStatus.REFUSED)), m.evidence));
    }

    private Option<Model> impose(DateRange stop, LocalDate today) {
      boolean ok = !stop.start().isBefore(today) && !stops.exists(s -> shareADay(s, stop));
      return ok ? Option.some(new Model(status, terminatedFrom, terminatedWhile, stops.append(stop), requests, evidence))
          : Option.none();
    }

    boolean holdsOn(LocalDate day) {
      return within(day, PERIOD) && terminatedFrom.forAll(day::isBefore);
    }

    boolean newAssignmentOn(LocalDate day) {
      return terminatedWhile.getOrElse(status) == ContractStatus.ACTIVE && holdsOn(day) && !stops.exists(s -> within(day, s));
    }
  }

  private record Scenario(java.util.List<Command> commands) {}

  @Test
  void the_lifecycle_agrees_with_a_naive_model_after_any_sequence_of_commands() {
    qt().withExamples(300).forAll(lists().of(commands()).ofSizeBetween(1, 40)).checkAssert(commands -> {
      World w = new World();
      Model model = Model.applied();
      LocalDate today = w.clock.today();
      for (Command command : commands) {
        if (command instanceof Decide && model.requests().isEmpty()) {
          continue;
        }
        today = today.plusDays(command.daysLater());
        w.clock.set(today);
        Contract before = w.stored();
        Option<Model> next = model.apply(command, today);

        Either<DomainError, Contract> actual = command.run(w);

        assertThat(actual.isRight()).as("%s on %s in %s -> %s", command, today, model.status(), actual)
            .isEqualTo(next.isDefined());
        if (actual.isLeft()) {
          assertThat(w.stored()).isEqualTo(before);
          if (model.status() == ContractStatus.TERMINATED) {
            assertThat(actual.getLeft()).isInstanceOf(ContractingError.ContractTerminated.class);
          }
        }
        model = next.getOrElse(model);
        Contract stored = w.stored();
        assertThat(stored.status()).isEqualTo(model.status());
        assertThat(stored.terminatedFrom()).isEqualTo(model.terminatedFrom());
        assertThat(stored.terminatedWhile()).isEqualTo(model.terminatedWhile());
        assertThat(List.ofAll(stored.clientStops()).map(ClientStop::period)).isEqualTo(model.stops());
        assertThat(List.ofAll(stored.clientStopRequests()).map(r -> Tuple.of(r.period(), r.status())))
            .isEqualTo(model.requests());
        for (LocalDate day : probeDays(model, today)) {
          boolean right = Results.right(w.rights.findDeliveryRight(Actor.region(),
              new DeliveryRightQuery(PROVIDER, PRODUCT, day))).isDefined();
          assertThat(right).as("a new assignment on %s in %s", day, model).isEqualTo(model.newAssignmentOn(day));
          assertThat(stored.lotOn(PRODUCT, day).isDefined()).as("the lot on %s, whatever status and stops say", day)
              .isEqualTo(model.holdsOn(day));
        }
      }
    });
  }

  /** Days where the answer may change: today, the period's edges, every stop's and request's edges, the termination. */
  private static List<LocalDate> probeDays(Model model, LocalDate today) {
    List<LocalDate> days = List.of(today, PERIOD.start(), PERIOD.start().minusDays(1), PERIOD.end().get(),
        PERIOD.end().get().plusDays(1));
    for (DateRange s : model.stops().appendAll(model.requests().map(Tuple2::_1))) {
      days = days.appendAll(List.of(s.start(), s.start().minusDays(1)));
      days = days.appendAll(s.end().map(e -> List.of(e, e.plusDays(1))).getOrElse(List.empty()));
    }
    days = days.appendAll(model.terminatedFrom().map(f -> List.of(f, f.minusDays(1))).getOrElse(List.empty()));
    return days.distinct();
  }

  @Test
  void suspending_and_reactivating_an_active_contract_gives_it_back_unchanged() {
    qt().forAll(ContractingGen.nonTerminatedContracts(), ContractingGen.reasons()).checkAssert((contract, reason) -> {
      World w = new World();
      Contract stored = Results.right(w.contracts.save(contract));
      Either<DomainError, Contract> suspended = w.lifecycle.suspendContract(Actor.region(),
          new SuspendContractCommand(contract.id(), reason));
      if (contract.status() != ContractStatus.ACTIVE) {
        Results.left(suspended, ContractingError.WrongStatus.class);
        assertThat(w.contracts.findById(contract.id()).get()).isEqualTo(stored);
        return;
      }
      assertThat(Results.right(suspended).lotForNewAssignmentOn(PRODUCT, PERIOD.start())).isEmpty();
      Contract reactivated = Results.right(w.lifecycle.reactivateContract(Actor.region(),
          new ReactivateContractCommand(contract.id())));
      assertThat(reactivated).isEqualTo(stored.withVersion(stored.version() + 2));
    });
  }
}
