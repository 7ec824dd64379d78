package nl.wmokader.core.indication.application;

import static nl.wmokader.core.indication.IndicationFixture.BERNHEZE;
import static nl.wmokader.core.indication.IndicationFixture.BOEKEL;
import static nl.wmokader.core.indication.IndicationFixture.OSS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.indication.IndicationFixture;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.OverdueItem;
import nl.wmokader.core.indication.domain.OverdueKind;
import nl.wmokader.core.indication.port.in.FileObjectionCommand;
import nl.wmokader.core.indication.port.in.ListIndicationsQuery;
import nl.wmokader.core.indication.port.in.ListOverdueQuery;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;

class IndicationQueryServicesTest {

  private static final Actor REGION = Actor.region();
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);
  private static final LocalDate ASSESSMENT_DUE = LocalDate.of(2025, 4, 22);

  private final IndicationFixture f = new IndicationFixture(MONDAY);

  @Test
  void an_assessment_is_overdue_from_the_day_after_its_due_date() {
    Indication reported = f.report(REGION, OSS, MONDAY);

    f.clock.set(ASSESSMENT_DUE);
    assertThat(Results.right(f.queries.listOverdue(REGION, ListOverdueQuery.all(PageRequest.first()))).items()).isEmpty();

    f.clock.set(ASSESSMENT_DUE.plusDays(1));
    Page<OverdueItem> overdue = Results.right(f.queries.listOverdue(REGION, ListOverdueQuery.all(PageRequest.first())));
    assertThat(overdue.items()).containsExactly(new OverdueItem(reported, OverdueKind.ASSESSMENT, ASSESSMENT_DUE));
    assertThat(overdue.total()).isEqualTo(1);
  }

  @Test
  void overdue_items_come_most_urgent_first_filtered_by_kind_and_paged() {
    f.clock.set(MONDAY.plusDays(4));
    Indication reported = f.report(REGION, OSS, MONDAY);
    Indication applied = f.applied(REGION, BERNHEZE, MONDAY.plusDays(1));
    Indication granted = f.granted(REGION, BOEKEL, MONDAY);
    Results.right(f.objections.fileObjection(REGION, new FileObjectionCommand(granted.id(), MONDAY.plusDays(4))));
    f.clock.set(LocalDate.of(2025, 12, 1));

    Page<OverdueItem> all = Results.right(f.queries.listOverdue(REGION, ListOverdueQuery.all(PageRequest.first())));
    assertThat(all.items().map(OverdueItem::kind))
        .containsExactly(OverdueKind.DECISION, OverdueKind.ASSESSMENT, OverdueKind.OBJECTION_DECISION);
    assertThat(all.items().map(i -> i.indication().id()))
        .containsExactly(applied.id(), reported.id(), granted.id());

    Page<OverdueItem> decisions = Results.right(f.queries.listOverdue(REGION,
        new ListOverdueQuery(Option.some(OverdueKind.DECISION), PageRequest.first())));
    assertThat(decisions.items().map(i -> i.indication().id())).containsExactly(applied.id());

    Page<OverdueItem> second = Results.right(f.queries.listOverdue(REGION, ListOverdueQuery.all(new PageRequest(1, 2))));
    assertThat(second.items().map(OverdueItem::kind)).containsExactly(OverdueKind.OBJECTION_DECISION);
    assertThat(second.total()).isEqualTo(3);

    Page<OverdueItem> bernheze = Results.right(f.queries.listOverdue(Actor.municipality(BERNHEZE),
        ListOverdueQuery.all(PageRequest.first())));
    assertThat(bernheze.items().map(i -> i.indication().id())).containsExactly(applied.id());
  }

  @Test
  void a_municipality_lists_its_own_cases_by_report_date() {
    Indication second = f.report(REGION, OSS, MONDAY.minusDays(1));
    f.report(REGION, BERNHEZE, MONDAY.minusDays(3));
    Indication first = f.report(REGION, OSS, MONDAY.minusDays(2));

    Page<Indication> page = Results.right(f.queries.listIndications(Actor.municipality(OSS), ListIndicationsQuery.first()));
    assertThat(page.items()).containsExactly(first, second);
    assertThat(page.total()).isEqualTo(2);
    assertThat(Results.right(f.queries.listIndications(REGION, ListIndicationsQuery.first())).total()).isEqualTo(3);
  }

  @Test
  void reading_needs_region_or_municipality_staff_and_a_page() {
    Results.left(f.queries.listIndications(Actor.provider(AgbCode.of("98000002")), ListIndicationsQuery.first()),
        CommonError.Forbidden.class);
    Results.left(f.queries.listOverdue(Actor.supervisor(), ListOverdueQuery.all(PageRequest.first())),
        CommonError.Forbidden.class);
    Results.left(f.queries.listIndications(REGION, new ListIndicationsQuery(null)), InvalidInput.class);
    Results.left(f.queries.listOverdue(REGION, new ListOverdueQuery(null, null)), InvalidInput.class);
    Results.left(f.queries.getIndication(REGION, null), InvalidInput.class);
  }
}
