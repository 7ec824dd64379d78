package nl.wmokader.examples.demo;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.catalogue.port.in.ReviseProductCommand;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.ImposeClientStopCommand;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.contracting.port.in.RegisterProviderCommand;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.IndicationStatus;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.CompleteAssessmentCommand;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.FileObjectionCommand;
import nl.wmokader.core.indication.port.in.GrantTerms;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.ListOverdueQuery;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartCommand;
import nl.wmokader.core.indication.port.in.ReportNeedCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.region.domain.RegionError;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.region.port.in.RecordInhabitantsCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.PageRequest;

/**
 * Writes the demo data through the use cases of a {@link WmoKader} over the service's own
 * repositories, never by SQL, so that every rule of the core holds for it. The facade it seeds
 * through has a {@link StepClock} set to the day of each step and name-based identifiers: the
 * same demo day gives the same data, identifiers included.
 *
 * <p>Dates are planned back from the demo day: the day of the first start, but no later than
 * {@link #LAST_DEMO_DAY}, so that granted care stays inside the 2026-2028 contracts.
 */
public final class DemoSeeder {
  /** How many clients the demo has; about one in fifteen has a second case. */
  public static final int CLIENTS = 300;
  /** The latest demo day: later starts plan their data as if on this day. */
  public static final LocalDate LAST_DEMO_DAY = LocalDate.of(2028, 9, 30);
  /** The earliest day a demo can be planned on: two months into the contracts. */
  public static final LocalDate EARLIEST_DEMO_DAY = LocalDate.of(2026, 3, 1);
  /** No report lies before this day. */
  public static final LocalDate FIRST_REPORT_DAY = LocalDate.of(2026, 1, 5);

  private static final Actor REGION = Actor.region();

  private final BiFunction<Clock, IdGenerator, WmoKader> facades;
  private final ZoneId zone;

  /**
   * @param facades builds a facade over the service's repositories with the given clock and
   *     identifier generator
   * @param zone the zone of "today", as the service's clock has it
   */
  public DemoSeeder(BiFunction<Clock, IdGenerator, WmoKader> facades, ZoneId zone) {
    this.facades = requireNonNull(facades, "facades");
    this.zone = requireNonNull(zone, "zone");
  }

  /** The day the demo is planned on when started on {@code today}. */
  public static LocalDate demoDay(LocalDate today) {
    if (today.isBefore(EARLIEST_DEMO_DAY)) {
      throw new IllegalStateException("the demo data is planned inside the 2026-2028 contracts and needs a "
          + "clock on or after " + EARLIEST_DEMO_DAY + "; this one says " + today);
    }
    return today.isAfter(LAST_DEMO_DAY) ? LAST_DEMO_DAY : today;
  }

  /**
   * Seeds the demo data unless a region is already defined (a database seeded before, or one the
   * user filled): then nothing is written and none is returned.
   *
   * @throws IllegalStateException when a use case refuses a step (a fault of the demo plan), naming
   *     the step and the error code, never personal data
   */
  public Option<DemoSummary> seedIfAbsent(LocalDate today) {
    LocalDate demoDay = demoDay(today);
    StepClock clock = new StepClock(zone, demoDay);
    WmoKader wmo = facades.apply(clock, new NameBasedIds());
    Either<DomainError, ?> region = wmo.getRegion().getRegion(REGION);
    if (region.isRight()) {
      return Option.none();
    }
    if (!(region.getLeft() instanceof RegionError.NotDefined)) {
      throw refused("read the region", region.getLeft());
    }
    return Option.some(new Run(wmo, clock, demoDay).seed());
  }

  /** One seeding: the facade, its clock and the tallies. */
  private static final class Run {
    private final WmoKader wmo;
    private final StepClock clock;
    private final LocalDate demoDay;
    private final Map<AgbCode, ContractId> contracts = new LinkedHashMap<>();
    private final Map<IndicationStatus, Integer> cases = new EnumMap<>(IndicationStatus.class);
    private int objections;
    private int assignments;
    private int deliveries;

    Run(WmoKader wmo, StepClock clock, LocalDate demoDay) {
      this.wmo = wmo;
      this.clock = clock;
      this.demoDay = demoDay;
      for (IndicationStatus s : IndicationStatus.values()) {
        cases.put(s, 0);
      }
    }

    DemoSummary seed() {
      region();
      catalogue();
      providers();
      List<Bsn> clients = TestRangeBsns.first(CLIENTS);
      DemoCases plans = new DemoCases(demoDay, FIRST_REPORT_DAY);
      for (int i = 0; i < clients.size(); i++) {
        run(plans.first(i, clients.get(i)));
        plans.second(i, clients.get(i)).forEach(this::run);
      }
      clientStop();
      clock.set(demoDay);
      long overdue = ok("list overdue steps",
          wmo.listOverdue().listOverdue(REGION, ListOverdueQuery.all(PageRequest.first()))).total();
      return new DemoSummary(demoDay, DemoRegion.MEMBERS.size(), DemoCatalogue.PRODUCTS.size(),
          DemoProviders.PROVIDERS.size(), contracts.size(), clients.size(), cases, objections, assignments,
          deliveries, overdue);
    }

    private void region() {
      clock.set(demoDay);
      ok("define the region", wmo.defineRegion().defineRegion(REGION,
          new DefineRegionCommand(DemoRegion.NAME, DemoRegion.MEMBERS)));
      DemoRegion.INHABITANTS.forEach(c -> ok("record inhabitants", wmo.recordInhabitants().recordInhabitants(REGION,
          new RecordInhabitantsCommand(c.municipality(), c.referenceDate(), c.inhabitants()))));
    }

    private void catalogue() {
      LocalDate start = DemoCatalogue.CATALOGUE_START;
      for (DemoCatalogue.DemoProduct p : DemoCatalogue.PRODUCTS) {
        ok("define a product", wmo.defineProduct().defineProduct(REGION, new DefineProductCommand(p.code(),
            p.category(), p.name(), p.unit(), p.variant(), Option.some(p.frequency()), start, Option.none(),
            Option.none())));
        tariff(p, p.cents2024(), start, Option.some(start.plusYears(1).minusDays(1)));
        tariff(p, p.cents2025(), start.plusYears(1), Option.some(start.plusYears(2).minusDays(1)));
        tariff(p, p.cents2026(), start.plusYears(2), Option.none());
      }
      DemoCatalogue.DemoProduct revised = DemoCatalogue.product(DemoCatalogue.REVISED);
      ok("revise a product", wmo.reviseProduct().reviseProduct(REGION, new ReviseProductCommand(revised.code(),
          Option.some(revised.category()), DemoCatalogue.REVISED_NAME, revised.unit(), revised.variant(),
          Option.some(revised.frequency()), DemoCatalogue.REVISED_FROM, Option.none())));
    }

    private void tariff(DemoCatalogue.DemoProduct p, long cents, LocalDate from, Option<LocalDate> until) {
      ok("set a reference tariff", wmo.setReferenceTariff().setReferenceTariff(REGION,
          new SetReferenceTariffCommand(p.code(), Money.ofCents(cents), from, until)));
    }

    private void providers() {
      DateRange period = DemoProviders.CONTRACT_PERIOD;
      for (DemoProviders.DemoProvider p : DemoProviders.PROVIDERS) {
        ok("register a provider", wmo.registerProvider().registerProvider(REGION,
            new RegisterProviderCommand(p.agb(), p.name())));
        var contract = ok("contract a provider", wmo.contractProvider().contractProvider(REGION,
            new ContractProviderCommand(p.agb(), period,
                p.lots().map(l -> new NewLot(l.product(), period, l.ownTariff())))));
        contracts.put(p.agb(), contract.id());
      }
    }

    /** The provider that lacks staff asks for a client stop of three months, from next week on. */
    private void clientStop() {
      clock.set(demoDay);
      LocalDate from = demoDay.plusWeeks(1);
      ok("impose a client stop", wmo.imposeClientStop().imposeClientStop(REGION, new ImposeClientStopCommand(
          contracts.get(DemoProviders.CLIENT_STOP), DateRange.of(from, from.plusMonths(3).minusDays(1)),
          ClientStopReason.OTHER)));
    }

    private void run(DemoCases.PlannedCase c) {
      Actor staff = Actor.municipality(c.responsible());
      Indication indication;
      if (c.reportedOn().isDefined()) {
        clock.set(c.reportedOn().get());
        indication = ok("report a need", wmo.reportNeed().reportNeed(staff,
            new ReportNeedCommand(c.client(), c.responsible(), c.attributedTo(), c.reportedOn().get())));
        if (c.assessedOn().isDefined()) {
          indication = ok("complete an assessment", wmo.completeAssessment().completeAssessment(staff,
              new CompleteAssessmentCommand(indication.id(), on(c.assessedOn().get()))));
        }
        if (c.appliedOn().isDefined()) {
          indication = ok("apply on a case", wmo.submitApplication().submitApplication(staff,
              SubmitApplicationCommand.onCase(indication.id(), on(c.appliedOn().get()))));
        }
      } else {
        indication = ok("apply without a report", wmo.submitApplication().submitApplication(staff,
            SubmitApplicationCommand.withoutReport(c.client(), c.responsible(), c.attributedTo(),
                on(c.appliedOn().get()))));
      }
      IndicationId id = indication.id();
      if (c.decision().isDefined()) {
        DemoCases.PlannedDecision d = c.decision().get();
        indication = ok("decide on an application", wmo.decideOnApplication().decideOnApplication(staff,
            new DecideOnApplicationCommand(id, on(d.decidedOn()), d.grant(), d.refusalReason())));
        d.grant().forEach(g -> c.assignment().forEach(a -> assign(staff, id, g, a)));
      }
      if (c.objectionFiledOn().isDefined()) {
        ok("file an objection", wmo.fileObjection().fileObjection(staff,
            new FileObjectionCommand(id, on(c.objectionFiledOn().get()))));
        objections++;
      }
      cases.merge(indication.status(), 1, Integer::sum);
    }

    private void assign(Actor staff, IndicationId indication, GrantTerms grant, DemoCases.PlannedAssignment a) {
      clock.set(a.issuedOn());
      Assignment issued = ok("issue an assignment", wmo.issueAssignment().issueAssignment(staff,
          new IssueAssignmentCommand(indication, a.provider(), AssignmentType.SPECIFIC, grant.product(),
              Option.some(new Volume(grant.quantity(), grant.unit(), grant.frequency())), a.start(), a.end())));
      assignments++;
      if (a.deliveryStart().isDefined()) {
        ok("report the start of delivery", wmo.reportDeliveryStart().reportDeliveryStart(Actor.provider(a.provider()),
            new ReportDeliveryStartCommand(issued.id(), on(a.deliveryStart().get()))));
        deliveries++;
      }
    }

    /** Sets the clock to {@code day} and answers it: the step happens on its own day. */
    private LocalDate on(LocalDate day) {
      clock.set(day);
      return day;
    }
  }

  private static <T> T ok(String step, Either<DomainError, T> result) {
    if (result.isLeft()) {
      throw refused(step, result.getLeft());
    }
    return result.get();
  }

  private static IllegalStateException refused(String step, DomainError error) {
    return new IllegalStateException("demo data: " + step + " was refused: " + error.code() + ": " + error.message());
  }

  /**
   * Name-based (type 3) UUIDs from a counter: the n-th identifier of every seeding is the same, so
   * the demo's identifiers are stable across machines and restarts from an empty database.
   */
  static final class NameBasedIds implements IdGenerator {
    private long next;

    @Override
    public UUID next() {
      return UUID.nameUUIDFromBytes(("wmo-kader demo " + next++).getBytes(StandardCharsets.UTF_8));
    }
  }
}
