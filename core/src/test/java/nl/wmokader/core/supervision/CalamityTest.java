package nl.wmokader.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.WorkingDayCalendar;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.CalamityError;
import nl.wmokader.core.supervision.domain.CalamityId;
import nl.wmokader.core.supervision.domain.CalamityStatus;
import nl.wmokader.core.supervision.domain.IncidentKind;
import nl.wmokader.core.supervision.domain.ReportableEvent;
import nl.wmokader.core.supervision.domain.ReportableEventKind;
import org.junit.jupiter.api.Test;

class CalamityTest {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.generalTermsAct();
  private static final AgbCode PROVIDER = AgbCode.of("98000004");
  /** Good Friday 2026: the weekend and Easter Monday are no working days. */
  private static final LocalDate GOOD_FRIDAY = LocalDate.of(2026, 4, 3);

  private static Calamity reported(LocalDate occurred, LocalDate reported) {
    return Calamity.reported(new CalamityId(new UUID(7, 1)), PROVIDER, IncidentKind.CALAMITY, occurred, reported,
        "Val met letsel tijdens begeleiding");
  }

  @Test
  void the_report_is_due_two_working_days_after_the_incident_holidays_not_counted() {
    Calamity onTime = reported(GOOD_FRIDAY, LocalDate.of(2026, 4, 8));
    assertThat(onTime.reportDeadline(CALENDAR, 2)).isEqualTo(LocalDate.of(2026, 4, 8));
    assertThat(onTime.reportedLate(CALENDAR, 2)).isFalse();
    assertThat(reported(GOOD_FRIDAY, LocalDate.of(2026, 4, 9)).reportedLate(CALENDAR, 2)).isTrue();
    assertThat(reported(GOOD_FRIDAY, GOOD_FRIDAY).reportedLate(CALENDAR, 2)).as("the same day").isFalse();
  }

  @Test
  void it_counts_in_the_providers_reporting_obligation_as_reported() {
    assertThat(reported(GOOD_FRIDAY, LocalDate.of(2026, 4, 9)).asReportableEvent())
        .isEqualTo(ReportableEvent.reported(ReportableEventKind.CALAMITY, GOOD_FRIDAY, LocalDate.of(2026, 4, 9)));
    Calamity violence = Calamity.reported(new CalamityId(new UUID(7, 2)), PROVIDER, IncidentKind.VIOLENCE_INCIDENT,
        GOOD_FRIDAY, GOOD_FRIDAY, "Geweld tussen cliënten");
    assertThat(violence.asReportableEvent().kind()).isEqualTo(ReportableEventKind.VIOLENCE_INCIDENT);
  }

  @Test
  void the_ggd_investigates_concludes_and_the_region_follows_up_in_that_order() {
    Calamity c = reported(GOOD_FRIDAY, LocalDate.of(2026, 4, 7));
    assertThat(c.ggdConcludes("Geen structureel tekort", LocalDate.of(2026, 4, 8)).getLeft())
        .isInstanceOf(CalamityError.NotInStep.class);
    assertThat(c.ggdStarts(LocalDate.of(2026, 4, 6)).getLeft()).as("before the report")
        .isInstanceOf(CalamityError.BeforePreviousStep.class);

    Calamity concluded = c.ggdStarts(LocalDate.of(2026, 4, 8))
        .flatMap(x -> x.ggdConcludes("Geen structureel tekort; verbeterpunt valpreventie", LocalDate.of(2026, 5, 20)))
        .get();
    assertThat(concluded.status()).isEqualTo(CalamityStatus.CONCLUDED);
    assertThat(concluded.conclusion()).contains("Geen structureel tekort; verbeterpunt valpreventie");

    Calamity followed = concluded.followUp("Verbeterpunt opgenomen in het toezicht", LocalDate.of(2026, 5, 21)).get();
    assertThat(followed.status()).isEqualTo(CalamityStatus.FOLLOWED_UP);
    assertThat(followed.followUp(" x", LocalDate.of(2026, 5, 22)).getLeft()).isInstanceOf(CalamityError.NotInStep.class);
    assertThat(followed.ggdStarts(LocalDate.of(2026, 5, 22)).getLeft()).isInstanceOf(CalamityError.NotInStep.class);
  }

  @Test
  void a_report_before_the_incident_or_without_a_summary_cannot_exist() {
    assertThatThrownBy(() -> reported(GOOD_FRIDAY, GOOD_FRIDAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Calamity.reported(new CalamityId(new UUID(7, 3)), PROVIDER, IncidentKind.CALAMITY,
        GOOD_FRIDAY, GOOD_FRIDAY, " ")).isInstanceOf(IllegalArgumentException.class);
    Calamity c = reported(GOOD_FRIDAY, GOOD_FRIDAY).ggdStarts(GOOD_FRIDAY).get();
    assertThatThrownBy(() -> c.ggdConcludes("", GOOD_FRIDAY)).isInstanceOf(IllegalArgumentException.class);
  }
}
