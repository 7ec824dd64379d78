package nl.wmokader.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.WorkingDayCalendar;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.CalamityId;
import nl.wmokader.core.supervision.domain.IncidentKind;
import org.junit.jupiter.api.Test;

/** The reporting deadline of calamities: a working day, monotone, and lateness only grows with the report's day. */
class CalamityPropertiesTest {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.generalTermsAct();
  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  private static Calamity calamity(int occurred, int delay) {
    LocalDate on = BASE.plusDays(occurred);
    return Calamity.reported(new CalamityId(new UUID(8, occurred)), AgbCode.of("98000001"), IncidentKind.CALAMITY,
        on, on.plusDays(delay), "Incident");
  }

  @Test
  void the_deadline_is_a_working_day_after_the_incident_and_a_later_incident_never_has_an_earlier_deadline() {
    qt().forAll(integers().between(0, 2_000), integers().between(1, 30), integers().between(1, 10))
        .checkAssert((occurred, later, workingDays) -> {
          LocalDate deadline = calamity(occurred, 0).reportDeadline(CALENDAR, workingDays);
          assertThat(CALENDAR.isWorkingDay(deadline)).isTrue();
          assertThat(deadline).isAfter(BASE.plusDays(occurred));
          assertThat(calamity(occurred + later, 0).reportDeadline(CALENDAR, workingDays)).isAfterOrEqualTo(deadline);
        });
  }

  @Test
  void a_report_is_late_exactly_when_after_the_deadline_and_a_later_report_is_never_less_late() {
    qt().forAll(integers().between(0, 2_000), integers().between(0, 20), integers().between(0, 10))
        .checkAssert((occurred, delay, more) -> {
          Calamity c = calamity(occurred, delay);
          assertThat(c.reportedLate(CALENDAR, 2)).isEqualTo(c.reportedOn().isAfter(c.reportDeadline(CALENDAR, 2)));
          if (c.reportedLate(CALENDAR, 2)) {
            assertThat(calamity(occurred, delay + more).reportedLate(CALENDAR, 2)).isTrue();
          }
        });
  }
}
