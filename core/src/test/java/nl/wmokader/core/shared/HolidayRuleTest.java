package nl.wmokader.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import org.junit.jupiter.api.Test;

class HolidayRuleTest {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.generalTermsAct();

  @Test
  void easter_sunday_falls_on_the_known_dates() {
    assertThat(HolidayRule.EasterRelative.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
    assertThat(HolidayRule.EasterRelative.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    assertThat(HolidayRule.EasterRelative.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(HolidayRule.EasterRelative.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(HolidayRule.EasterRelative.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(HolidayRule.EasterRelative.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(HolidayRule.EasterRelative.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    assertThat(HolidayRule.EasterRelative.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
  }

  @Test
  void the_movable_feasts_of_2025_follow_easter() {
    assertThat(CALENDAR.holidaysIn(2025)).contains(
        LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 29), LocalDate.of(2025, 6, 8),
        LocalDate.of(2025, 6, 9));
  }

  @Test
  void kings_day_moves_to_the_26th_when_the_27th_is_a_sunday() {
    HolidayRule kingsDay = new HolidayRule.FixedDate(MonthDay.of(Month.APRIL, 27), "King's Day", -1);
    assertThat(kingsDay.in(2025)).isEqualTo(LocalDate.of(2025, 4, 26));
    assertThat(kingsDay.in(2026)).isEqualTo(LocalDate.of(2026, 4, 27));
    assertThat(new HolidayRule.FixedDate(MonthDay.of(Month.MAY, 5), "Liberation Day").in(2024)).isEqualTo(LocalDate.of(2024, 5, 5));
  }

  @Test
  void a_term_ending_on_boxing_day_runs_over_the_weekend_to_monday() {
    assertThat(CALENDAR.termEnd(LocalDate.of(2025, 12, 12), Period.ofWeeks(2))).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(CALENDAR.termEnd(LocalDate.of(2025, 12, 11), Period.ofWeeks(2))).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(CALENDAR.termEnd(LocalDate.of(2025, 12, 10), Period.ofWeeks(2))).isEqualTo(LocalDate.of(2025, 12, 24));
  }

  @Test
  void the_day_after_a_holiday_weekend_is_the_next_working_day() {
    assertThat(CALENDAR.addWorkingDays(LocalDate.of(2025, 4, 17), 1)).isEqualTo(LocalDate.of(2025, 4, 22));
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 4, 26))).isFalse();
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 4, 28))).isTrue();
  }
}
