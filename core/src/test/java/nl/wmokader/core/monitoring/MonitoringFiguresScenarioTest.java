package nl.wmokader.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.Figures;
import nl.wmokader.core.monitoring.domain.FiguresError;
import nl.wmokader.core.monitoring.domain.MonitoringFigures;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/**
 * The monitoring figures through the facade over the in-memory adapters: who may read them, that
 * the in-memory facts lose nothing the figures need, that an analyst's answer holds no BSN, and that
 * a change shows at once.
 */
class MonitoringFiguresScenarioTest implements WithQuickTheories {

  private static final Region REFERENCE = RegionGen.reference();
  private static final FigureFilter SPRING = FigureFilter.months(YearMonth.of(2026, 1), YearMonth.of(2026, 4));

  private static Fixture fixture(List<Assignment> assignments) {
    InMemoryAdapters adapters = new InMemoryAdapters();
    adapters.regions().save(REFERENCE).get();
    adapters.assignments().saveAll(assignments).get();
    WmoKader wmo = adapters.builder().clock(new MutableClock(LocalDate.of(2026, 5, 1))).ids(new SequentialIds()).build();
    return new Fixture(adapters, wmo);
  }

  private record Fixture(InMemoryAdapters adapters, WmoKader wmo) {
    Either<DomainError, MonitoringFigures> ask(Actor actor, FigureFilter filter) {
      return wmo.monitoring().monitoringFigures().monitoringFigures(actor, filter);
    }
  }

  @Test
  void region_staff_every_member_and_the_analyst_read_the_figures_providers_and_supervisors_do_not() {
    Fixture f = fixture(List.empty());
    assertThat(f.ask(Actor.region(), SPRING).isRight()).isTrue();
    assertThat(f.ask(Actor.analyst(), SPRING).isRight()).isTrue();
    for (Member m : REFERENCE.members()) {
      // every member, also for another member's figures: comparing is the point
      Either<DomainError, MonitoringFigures> other = f.ask(Actor.municipality(m.code()), SPRING.withMember(MunicipalityCode.of("0828")));
      assertThat(other.isRight()).as(m.code().value()).isTrue();
    }
    assertThat(f.ask(Actor.provider(AgbCode.of("12345678")), SPRING).getLeft()).isInstanceOf(CommonError.Forbidden.class);
    assertThat(f.ask(Actor.supervisor(), SPRING).getLeft()).isInstanceOf(CommonError.Forbidden.class);
    // refused before the filter is looked at
    assertThat(f.ask(Actor.supervisor(), null).getLeft()).isInstanceOf(CommonError.Forbidden.class);
  }

  @Test
  void without_facts_the_figures_are_not_kept() {
    InMemoryAdapters adapters = new InMemoryAdapters();
    var ports = adapters.ports();
    WmoKader wmo = WmoKader.builder().ports(new nl.wmokader.core.DrivenPorts(ports.auditTrail(), ports.regions(),
            ports.products(), ports.providers(), ports.contracts(), ports.refusals(), ports.spendingReports(),
            ports.qualityDeclarations(), ports.indications(), ports.assignments(), ports.assignmentRequests(), ports.claims(), ports.recoveries(),
            ports.budgets(), ports.signals(), ports.calamities(), ports.investigations()))
        .clock(new MutableClock(LocalDate.of(2026, 5, 1))).ids(new SequentialIds()).build();
    assertThat(wmo.monitoring().monitoringFigures().monitoringFigures(Actor.region(), SPRING).getLeft())
        .isInstanceOf(FiguresError.NotKept.class);
    assertThat(wmo.monitoring().monitoringFigures().monitoringFigures(Actor.provider(AgbCode.of("12345678")), SPRING)
        .getLeft()).isInstanceOf(CommonError.Forbidden.class);
  }

  @Test
  void the_in_memory_facts_lose_nothing_the_figures_need() {
    qt().withExamples(60).forAll(FiguresGen.assignmentLists(), FiguresGen.filters()).checkAssert((assignments, filter) -> {
      Fixture f = fixture(assignments);
      MonitoringFigures answer = f.ask(Actor.region(), filter).get();
      // the same figures from every stored assignment, clients numbered by BSN
      MonitoringFigures fromAll = Figures.compute(filter, FiguresGen.facts(assignments), List.empty(), List.empty(), List.empty(),
          new Figures.Context(REFERENCE.members().map(Member::code),
              (m, year) -> REFERENCE.inhabitantsOn(m, LocalDate.of(year, 1, 1)).map(InhabitantCount::inhabitants),
              (p, d) -> Option.none()));
      assertThat(answer).isEqualTo(fromAll);
    });
  }

  @Test
  void an_analysts_answer_holds_no_bsn() {
    qt().withExamples(40).forAll(FiguresGen.assignmentLists()).checkAssert(assignments -> {
      Fixture f = fixture(assignments);
      MonitoringFigures answer = f.ask(Actor.analyst(), FigureFilter.months(YearMonth.of(2025, 11), YearMonth.of(2026, 8)))
          .get();
      String shown = answer.toString();
      for (Assignment a : assignments) {
        assertThat(shown).doesNotContain(a.client().value()).doesNotContain(a.id().value().toString());
      }
      // what it does show: the clients are counted (so a BSN had a chance to leak)
      if (assignments.exists(a -> a.deliveryStart().exists(d -> !d.isBefore(LocalDate.of(2025, 11, 1))
          && d.isBefore(LocalDate.of(2026, 9, 1))))) {
        assertThat(answer.use().exists(u -> u.clientsWithSupport() > 0)).isTrue();
      }
    });
  }

  @Test
  void an_assignment_issued_started_and_stopped_shows_at_once_and_inhabitants_come_from_the_years_reference_date() {
    Assignment issued = ofOss(1, FiguresGen.client(0), nl.wmokader.core.shared.DateRange.from(LocalDate.of(2026, 2, 1)),
        LocalDate.of(2026, 2, 3));
    Fixture f = fixture(List.of(issued));
    FigureFilter february = FigureFilter.months(YearMonth.of(2026, 2), YearMonth.of(2026, 2));
    var before = f.ask(Actor.analyst(), february).get();
    assertThat(before.use().map(u -> u.newAssignments()).sum().longValue()).isEqualTo(1);
    assertThat(before.use().map(u -> u.clientsWithSupport()).sum().longValue()).isEqualTo(0);
    var oss = before.members().find(m -> m.member().value().equals("0828")).get();
    assertThat(oss.inhabitants()).contains(94_643L);  // counted on 1 January 2024, the most recent before 1 January 2026
    assertThat(oss.perThousand().get().newAssignments().hundredths()).isEqualTo(1); // 1000 / 94,643 = 0.0106
    Assignment started = f.adapters().assignments().findById(issued.id()).get()
        .startDelivery(LocalDate.of(2026, 2, 10)).get();
    f.adapters().assignments().save(started).get();
    Assignment stopped = f.adapters().assignments().findById(issued.id()).get()
        .stopDelivery(LocalDate.of(2026, 2, 20), nl.wmokader.core.indication.domain.StopReason.ENDED_AS_PLANNED).get();
    f.adapters().assignments().save(stopped).get();
    var after = f.ask(Actor.analyst(), february).get();
    assertThat(after.use().map(u -> u.clientsWithSupport()).sum().longValue()).isEqualTo(1);
    assertThat(after.use().map(u -> u.endedAssignments()).sum().longValue()).isEqualTo(1);
    assertThat(after.durations().head().days().median()).isEqualTo(11);
    assertThat(after.waitingTimes().head().days().median()).isEqualTo(7);
    assertThat(after.flows().head().inflow()).isEqualTo(1);
    assertThat(after.flows().head().outflow()).isEqualTo(1);
  }

  @Test
  void a_change_of_volume_continues_the_support_its_duration_runs_from_the_first_start_and_counts_once() {
    Assignment first = ofOss(11, FiguresGen.client(1), nl.wmokader.core.shared.DateRange.of(LocalDate.of(2025, 10, 1),
        LocalDate.of(2026, 12, 31)), LocalDate.of(2025, 10, 1)).startDelivery(LocalDate.of(2025, 10, 6)).get();
    // a change of volume on the provider's request: ended the day before, replaced from 1 February
    Assignment ended = first.endBefore(LocalDate.of(2026, 2, 1),
        nl.wmokader.core.indication.domain.StopReason.CHANGE_REQUEST).get();
    Assignment replacement = first.replacement(new nl.wmokader.core.indication.domain.AssignmentId(
            new java.util.UUID(0, 13)), Option.none(), new nl.wmokader.core.indication.domain.Volume(5,
            nl.wmokader.core.catalogue.domain.Unit.HOUR, nl.wmokader.core.catalogue.domain.Frequency.PER_WEEK),
        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 28))
        .startDelivery(LocalDate.of(2026, 2, 1)).get()
        .stopDelivery(LocalDate.of(2026, 4, 10), nl.wmokader.core.indication.domain.StopReason.ENDED_AS_PLANNED).get();
    Fixture f = fixture(List.of(ended, replacement));
    var april = f.ask(Actor.analyst(), FigureFilter.months(YearMonth.of(2026, 4), YearMonth.of(2026, 4))).get();
    // 6 October 2025 .. 10 April 2026, the first part (before the window) included
    assertThat(april.durations().single().days().count()).isEqualTo(1);
    assertThat(april.durations().single().days().median()).isEqualTo(187);
    var year = f.ask(Actor.analyst(), FigureFilter.months(YearMonth.of(2026, 1), YearMonth.of(2026, 4))).get();
    assertThat(year.durations().single().days().count()).as("the chain once").isEqualTo(1);
  }

  /** An assignment of 3 hours a week of the first product, paid by Oss, with the first provider. */
  private static Assignment ofOss(long id, nl.wmokader.core.shared.Bsn client, nl.wmokader.core.shared.DateRange validity,
                                  LocalDate assignedOn) {
    return Assignment.builder()
        .id(new nl.wmokader.core.indication.domain.AssignmentId(new java.util.UUID(0, id)))
        .indication(new nl.wmokader.core.indication.domain.IndicationId(new java.util.UUID(0, id + 1)))
        .client(client)
        .responsibleMunicipality(MunicipalityCode.of("0828"))
        .provider(FiguresGen.PROVIDERS.head())
        .type(nl.wmokader.core.indication.domain.AssignmentType.SPECIFIC)
        .category(nl.wmokader.core.indication.AssignmentGen.categoryOf(FiguresGen.PRODUCTS.head()))
        .product(Option.some(FiguresGen.PRODUCTS.head()))
        .volume(Option.some(new nl.wmokader.core.indication.domain.Volume(3, nl.wmokader.core.catalogue.domain.Unit.HOUR,
            nl.wmokader.core.catalogue.domain.Frequency.PER_WEEK)))
        .validity(validity)
        .assignedOn(assignedOn)
        .build();
  }
}
