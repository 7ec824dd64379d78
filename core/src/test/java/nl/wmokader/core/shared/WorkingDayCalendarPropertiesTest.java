package nl.wmokader.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The terms of the General Time Limits Act: where a term ends, and counting working days. */
class WorkingDayCalendarPropertiesTest implements WithQuickTheories {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.generalTermsAct();

  /** Terms as the law writes them: days, weeks or months. */
  private static Gen<Period> terms() {
    return Generate.oneOf(
        SourceDSL.integers().between(1, 120).map(Period::ofDays),
        SourceDSL.integers().between(1, 26).map(Period::ofWeeks),
        SourceDSL.integers().between(1, 12).map(Period::ofMonths));
  }

  /** Independent of the calendar's own test: a weekday that is none of this year's holiday dates. */
  private static boolean isWorkingDay(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
        && !CALENDAR.holidaysIn(d.getYear()).contains(d);
  }

  @Test
  void a_term_never_ends_on_a_weekend_or_holiday() {
    qt().forAll(SharedGen.dates(), terms())
        .checkAssert((event, term) -> assertThat(isWorkingDay(CALENDAR.termEnd(event, term))).isTrue());
  }

  @Test
  void a_term_ends_on_the_first_working_day_on_or_after_event_plus_length() {
    qt().forAll(SharedGen.dates(), terms()).checkAssert((event, term) -> {
      LocalDate end = CALENDAR.termEnd(event, term);
      LocalDate nominal = event.plus(term);
      assertThat(end).isAfterOrEqualTo(nominal);
      for (LocalDate d = nominal; d.isBefore(end); d = d.plusDays(1)) {
        assertThat(isWorkingDay(d)).as("%s lies between %s and %s", d, nominal, end).isFalse();
      }
    });
  }

  @Test
  void a_later_event_never_ends_a_term_earlier() {
    qt().forAll(SharedGen.dates(), SourceDSL.integers().between(0, 60), terms()).checkAssert((event, later, term) ->
        assertThat(CALENDAR.termEnd(event.plusDays(later), term)).isAfterOrEqualTo(CALENDAR.termEnd(event, term)));
  }

  @Test
  void adding_working_days_lands_on_a_working_day() {
    qt().forAll(SharedGen.dates(), SourceDSL.integers().between(1, 300))
        .checkAssert((date, n) -> assertThat(isWorkingDay(CALENDAR.addWorkingDays(date, n))).isTrue());
  }

  @Test
  void adding_more_working_days_lands_strictly_later() {
    qt().forAll(SharedGen.dates(), SourceDSL.integers().between(1, 300), SourceDSL.integers().between(1, 30))
        .checkAssert((date, n, more) ->
            assertThat(CALENDAR.addWorkingDays(date, n + more)).isAfter(CALENDAR.addWorkingDays(date, n)));
  }

  @Test
  void adding_n_working_days_passes_exactly_n_working_days() {
    qt().forAll(SharedGen.dates(), SourceDSL.integers().between(1, 100)).checkAssert((date, n) -> {
      LocalDate result = CALENDAR.addWorkingDays(date, n);
      int counted = 0;
      for (LocalDate d = date.plusDays(1); !d.isAfter(result); d = d.plusDays(1)) {
        counted += isWorkingDay(d) ? 1 : 0;
      }
      assertThat(counted).isEqualTo(n);
    });
  }

  @Test
  void on_or_next_working_day_keeps_a_working_day_and_moves_any_other() {
    qt().forAll(SharedGen.dates()).checkAssert(date -> {
      LocalDate next = CALENDAR.onOrNextWorkingDay(date);
      assertThat(next.equals(date)).isEqualTo(isWorkingDay(date));
      assertThat(isWorkingDay(next)).isTrue();
    });
  }
}
