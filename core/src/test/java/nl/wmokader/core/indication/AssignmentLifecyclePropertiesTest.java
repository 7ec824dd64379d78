package nl.wmokader.core.indication;

import static nl.wmokader.core.indication.AssignmentGen.GUIDANCE_A;
import static nl.wmokader.core.indication.AssignmentGen.GUIDANCE_B;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.contracting.port.in.DeliveryRightQuery;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentChange;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeCommand;
import nl.wmokader.core.indication.port.in.DeleteAssignmentCommand;
import nl.wmokader.core.indication.port.in.ExtendAssignmentCommand;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartCommand;
import nl.wmokader.core.indication.port.in.ReportDeliveryStopCommand;
import nl.wmokader.core.inmemory.InMemoryAssignmentRepository;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Model-based: random sequences of issue, extend, change of volume, delete, delivery start and
 * stop (and, around them, approved claims and the passing of days) run against the services and
 * against {@link AssignmentModel}; after every step the verdicts (accepted, or the error code)
 * and the stored assignments must agree.
 */
class AssignmentLifecyclePropertiesTest implements WithQuickTheories {

  static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  static final List<AgbCode> PROVIDERS = List.of(AgbCode.of("98000001"), AgbCode.of("98000002"), AgbCode.of("98000003"));

  /** P3 holds only 02A01, and only from July 2024; everyone else holds everything. */
  static final Predicate<DeliveryRightQuery> CONTRACTED = q -> !(q.provider().equals(PROVIDERS.get(2))
      && (!q.product().equals(GUIDANCE_A) || q.date().isBefore(LocalDate.of(2024, 7, 1))));

  /** Two clients; guidance in kind for both, a wheelchair, a personal budget overlapping C2's guidance, a refusal, a category-only grant. */
  static List<Indication> world() {
    var c1 = AssignmentGen.client(1);
    var c2 = AssignmentGen.client(2);
    return List.of(
        AssignmentGen.granted(id(0), c1, OSS, Option.none(), AssignmentGen.grant(ProductCategory.GUIDANCE, Option.some(GUIDANCE_A),
            DeliveryForm.IN_KIND, DateRange.of(BASE, LocalDate.of(2024, 12, 31)))),
        AssignmentGen.granted(id(1), c1, OSS, Option.none(), AssignmentGen.grant(ProductCategory.WHEELCHAIRS,
            Option.some(AssignmentGen.WHEELCHAIR), DeliveryForm.IN_KIND, DateRange.from(BASE))),
        AssignmentGen.granted(id(2), c2, BERNHEZE, Option.none(), AssignmentGen.grant(ProductCategory.GUIDANCE, Option.some(GUIDANCE_A),
            DeliveryForm.IN_KIND, DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)))),
        AssignmentGen.granted(id(3), c2, BERNHEZE, Option.none(), AssignmentGen.grant(ProductCategory.GUIDANCE, Option.some(GUIDANCE_A),
            DeliveryForm.PERSONAL_BUDGET, DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31)))),
        AssignmentGen.refused(id(4), c1, OSS, BASE),
        AssignmentGen.granted(id(5), c1, OSS, Option.none(), AssignmentGen.grant(ProductCategory.HOUSEHOLD_HELP, Option.none(),
            DeliveryForm.IN_KIND, DateRange.of(BASE, LocalDate.of(2024, 12, 31)))));
  }

  static IndicationId id(int n) {
    return new IndicationId(new UUID(0x1D, n));
  }

  // ---- commands, abstract until run against the model's state ----

  interface Cmd {}

  record Issue(int indication, int provider, AssignmentType type, int product, int volumeKind, int qty, int startOffset,
               Option<Integer> length, int actor) implements Cmd {}

  record Extend(int ref, Option<Integer> delta, int actor) implements Cmd {}

  record Change(int ref, int delta, int qty, boolean weekly, boolean onRequest, int actor) implements Cmd {}

  record Delete(int ref, int actor) implements Cmd {}

  /** The date: {@code delta} days from the assignment's start, or (fromToday) {@code delta} days before today but not before the start. */
  record Start(int ref, int delta, boolean fromToday, int actor) implements Cmd {}

  record Stop(int ref, int delta, StopReason reason, int actor) implements Cmd {}

  record Approve(int ref) implements Cmd {}

  record Tick(int days) implements Cmd {}

  Gen<Cmd> commands() {
    Gen<Integer> ref = integers().between(0, 99);
    Gen<Integer> actor = integers().between(0, 19);
    Gen<Integer> indication = Generate.pick(List.of(0, 0, 0, 1, 1, 2, 2, 2, 3, 4, 5, 6));
    Gen<AssignmentType> types = Generate.frequency(Pair.of(6, Generate.constant(AssignmentType.SPECIFIC)),
        Pair.of(2, Generate.constant(AssignmentType.ASPECIFIC)), Pair.of(2, Generate.constant(AssignmentType.GENERIC)));
    Gen<Option<Integer>> lengths = integers().between(-1, 120).toOptionals(10).map(o -> o.map(Option::some).orElse(Option.none()));
    Gen<Cmd> issue = in -> new Issue(indication.generate(in), integers().between(0, 2).generate(in),
        types.generate(in), integers().between(0, 11).generate(in), integers().between(0, 9).generate(in),
        integers().between(1, 3).generate(in), integers().between(-5, 300).generate(in), lengths.generate(in), actor.generate(in));
    Gen<Cmd> extend = ref.zip(integers().between(-40, 150).toOptionals(15).map(o -> o.map(Option::some).orElse(Option.none())),
        actor, (r, d, a) -> new Extend(r, d, a));
    Gen<Cmd> change = in -> new Change(ref.generate(in), integers().between(-5, 200).generate(in), integers().between(1, 3).generate(in),
        integers().between(0, 5).generate(in) == 0, Generate.booleans().generate(in), actor.generate(in));
    Gen<Cmd> delete = ref.zip(actor, Delete::new);
    Gen<Cmd> start = ref.zip(integers().between(-3, 60), Generate.booleans(), integers().between(0, 7), Start::new);
    Gen<Integer> stopDelta = Generate.frequency(Pair.of(2, Generate.pick(List.of(-1, 0, 0, 1))), Pair.of(3, integers().between(-3, 90)));
    Gen<Cmd> stop = ref.zip(stopDelta, AssignmentGen.stopReasons(), integers().between(0, 7), Stop::new);
    Gen<Cmd> approve = ref.map(Approve::new);
    Gen<Cmd> tick = integers().between(0, 60).map(Tick::new);
    return Generate.frequency(List.of(Pair.of(5, issue), Pair.of(2, extend), Pair.of(2, change), Pair.of(1, delete),
        Pair.of(3, start), Pair.of(2, stop), Pair.of(1, approve), Pair.of(3, tick)));
  }

  @Test
  void the_assignment_lifecycle_agrees_with_the_model() {
    qt().withExamples(250).forAll(lists().of(commands()).ofSizeBetween(1, 50)).checkAssert(this::run);
  }

  /** Runs {@code commands} against a fresh system and model, comparing after every step. */
  void run(List<Cmd> commands) {
    List<Indication> indications = world();
    var sut = new InMemoryAssignmentRepository();
    var system = new AssignmentFixture(LocalDate.of(2024, 5, 1), sut);
    system.contracted = CONTRACTED;
    indications.forEach(system::store);
    var model = new AssignmentModel(indications, CONTRACTED, system.clock.today());
    List<String> trace = new ArrayList<>();

    for (Cmd cmd : commands) {
      String expected;
      Either<DomainError, ?> actual;
      if (cmd instanceof Issue c) {
        Option<Indication> found = c.indication() < indications.size() ? Option.some(indications.get(c.indication())) : Option.none();
        IndicationId indicationId = found.map(Indication::id).getOrElse(id(99));
        Option<ProductCode> product = c.product() == 10 ? Option.some(GUIDANCE_A) : c.product() == 11 ? Option.some(GUIDANCE_B) : Option.none();
        Option<Volume> volume = volume(c.type(), c.volumeKind(), c.qty());
        LocalDate start = BASE.plusDays(c.startOffset());
        Option<LocalDate> end = c.length().map(start::plusDays);
        AgbCode provider = PROVIDERS.get(c.provider());
        Actor actor = municipalitySide(c.actor());
        expected = model.issue(actor, found, provider, c.type(), product, volume, start, end);
        actual = system.services.issueAssignment(actor,
            new IssueAssignmentCommand(indicationId, provider, c.type(), product, volume, start, end));
        trace.add(cmd + " -> " + expected);
        assertVerdict(expected, actual, trace);
        if (actual.isRight()) {
          model.adopt(((Assignment) actual.get()).id());
        }
      } else if (cmd instanceof Extend c) {
        AssignmentId id = ref(model, c.ref());
        AssignmentModel.M m = model.byId.get(id);
        LocalDate anchor = m == null ? BASE : m.end().getOrElse(m.start());
        Option<LocalDate> newEnd = c.delta().map(anchor::plusDays);
        Actor actor = municipalitySide(c.actor());
        expected = model.extend(actor, id, newEnd);
        actual = system.services.extendAssignment(actor, new ExtendAssignmentCommand(id, newEnd));
        trace.add(cmd + " -> " + expected);
        assertVerdict(expected, actual, trace);
      } else if (cmd instanceof Change c) {
        AssignmentId id = ref(model, c.ref());
        AssignmentModel.M m = model.byId.get(id);
        LocalDate changeDate = (m == null ? BASE : m.start()).plusDays(c.delta());
        Volume volume = m != null && m.type() == AssignmentType.GENERIC
            ? new Volume(c.qty() * 10_000L, Unit.EUROS, Frequency.TOTAL)
            : new Volume(c.qty(), Unit.HOUR, c.weekly() ? Frequency.PER_WEEK : Frequency.PER_MONTH);
        Actor actor = municipalitySide(c.actor());
        expected = model.change(actor, id, changeDate, volume, c.onRequest());
        actual = system.services.changeAssignmentVolume(actor, new ChangeAssignmentVolumeCommand(id, changeDate, volume, c.onRequest()));
        trace.add(cmd + " -> " + expected);
        assertVerdict(expected, actual, trace);
        if (actual.isRight()) {
          model.adopt(((AssignmentChange) actual.get()).issued().id());
        }
      } else if (cmd instanceof Delete c) {
        AssignmentId id = ref(model, c.ref());
        Actor actor = municipalitySide(c.actor());
        expected = model.delete(actor, id);
        actual = system.services.deleteAssignment(actor, new DeleteAssignmentCommand(id));
        trace.add(cmd + " -> " + expected);
        assertVerdict(expected, actual, trace);
      } else if (cmd instanceof Start c) {
        AssignmentId id = ref(model, c.ref(), AssignmentStatus.ASSIGNED);
        AssignmentModel.M m = model.byId.get(id);
        LocalDate from = m == null ? BASE : m.start();
        LocalDate date = !c.fromToday() ? from.plusDays(c.delta())
            : model.today.minusDays(c.delta()).isBefore(from) ? from : model.today.minusDays(c.delta());
        Actor actor = providerSide(m, c.actor());
        expected = model.start(actor, id, date);
        actual = system.delivery.reportDeliveryStart(actor, new ReportDeliveryStartCommand(id, date));
        trace.add(cmd + " -> " + expected);
        assertVerdict(expected, actual, trace);
      } else if (cmd instanceof Stop c) {
        AssignmentId id = ref(model, c.ref(), AssignmentStatus.DELIVERING);
        AssignmentModel.M m = model.byId.get(id);
        LocalDate date = (m == null ? BASE : m.deliveryStart().getOrElse(m.start())).plusDays(c.delta());
        Actor actor = providerSide(m, c.actor());
        expected = model.stop(actor, id, date, c.reason());
        actual = system.delivery.reportDeliveryStop(actor, new ReportDeliveryStopCommand(id, date, c.reason()));
        trace.add(cmd + " -> " + expected);
        assertVerdict(expected, actual, trace);
      } else if (cmd instanceof Approve c) {
        AssignmentId id = ref(model, c.ref());
        model.approved.add(id);
        system.approvedClaims.approve(id);
        trace.add(cmd.toString());
      } else if (cmd instanceof Tick c) {
        model.today = model.today.plusDays(c.days());
        system.clock.set(model.today);
        trace.add(cmd.toString());
      }
      assertThat(sut.all().map(AssignmentLifecyclePropertiesTest::snapshot))
          .as(String.join("\n", trace))
          .containsExactlyInAnyOrderElementsOf(model.byId.values().stream().map(AssignmentLifecyclePropertiesTest::snapshot).toList());
    }
  }

  private static void assertVerdict(String expected, Either<DomainError, ?> actual, List<String> trace) {
    String verdict = actual.isRight() ? AssignmentModel.OK : actual.getLeft().code();
    assertThat(verdict).as(String.join("\n", trace) + (actual.isLeft() ? "\n  system: " + actual.getLeft() : "")).isEqualTo(expected);
  }

  /** A volume fitting the type, or (volumeKind 9) a random one that may not fit. */
  private static Option<Volume> volume(AssignmentType type, int kind, int qty) {
    int k = kind < 9 ? (type == AssignmentType.GENERIC ? 3 : type == AssignmentType.ASPECIFIC ? kind % 2 : 1) : qty % 4;
    switch (k) {
      case 0:
        return Option.none();
      case 1:
        return Option.some(new Volume(qty, Unit.HOUR, Frequency.PER_MONTH));
      case 2:
        return Option.some(new Volume(qty, Unit.HOUR, Frequency.PER_WEEK));
      default:
        return Option.some(new Volume(qty * 10_000L, Unit.EUROS, Frequency.TOTAL));
    }
  }

  private static Actor municipalitySide(int n) {
    switch (n) {
      case 15:
        return Actor.municipality(OSS);
      case 16:
        return Actor.municipality(BERNHEZE);
      case 17:
        return Actor.provider(PROVIDERS.get(0));
      case 18:
        return Actor.supervisor();
      default:
        return Actor.region();
    }
  }

  private static Actor providerSide(AssignmentModel.M m, int n) {
    AgbCode owner = m == null ? PROVIDERS.get(0) : m.provider();
    if (n <= 5) {
      return Actor.provider(owner);
    }
    return n == 6 ? Actor.provider(owner.equals(PROVIDERS.get(0)) ? PROVIDERS.get(1) : PROVIDERS.get(0)) : Actor.region();
  }

  /** Mostly (ref < 70) one of the assignments in {@code status}, when there are any; else as {@link #ref(AssignmentModel, int)}. */
  private static AssignmentId ref(AssignmentModel model, int ref, AssignmentStatus status) {
    List<AssignmentId> candidates = model.created.stream().filter(id -> model.byId.get(id).status() == status).toList();
    return ref < 70 && !candidates.isEmpty() ? candidates.get(ref % candidates.size()) : ref(model, ref);
  }

  private static AssignmentId ref(AssignmentModel model, int ref) {
    return model.created.isEmpty() || ref == 99
        ? new AssignmentId(new UUID(0xDEAD, ref))
        : model.created.get(ref % model.created.size());
  }

  /** Everything the model predicts of a stored assignment. */
  record Snapshot(AssignmentId id, IndicationId indication, AgbCode provider, AssignmentType type, Option<ProductCode> product,
                  Option<Volume> volume, LocalDate start, Option<LocalDate> end, LocalDate assignedOn, Option<LocalDate> deliveryStart,
                  Option<LocalDate> stopDate, Option<StopReason> stopReason, AssignmentStatus status, Option<AssignmentId> replaces) {}

  static Snapshot snapshot(Assignment a) {
    return new Snapshot(a.id(), a.indication(), a.provider(), a.type(), a.product(), a.volume(), a.validity().start(),
        a.validity().end(), a.assignedOn(), a.deliveryStart(), a.stop().map(s -> s.date()), a.stop().map(s -> s.reason()),
        a.status(), a.replaces());
  }

  static Snapshot snapshot(AssignmentModel.M m) {
    return new Snapshot(m.id(), m.indication().id(), m.provider(), m.type(), m.product(), m.volume(), m.start(), m.end(),
        m.assignedOn(), m.deliveryStart(), m.stopDate(), m.stopReason(), m.status(), m.replaces());
  }
}
