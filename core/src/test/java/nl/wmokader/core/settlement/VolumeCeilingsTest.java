package nl.wmokader.core.settlement;

import static nl.wmokader.core.settlement.ClaimGen.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.settlement.domain.VolumeCeilings;
import nl.wmokader.core.shared.DateRange;
import org.junit.jupiter.api.Test;

/** The volume ceilings of DOMAIN §8 (iWmo IV077, TR321/TR322) and the hour rounding (IV079-IV081), by example. */
class VolumeCeilingsTest {

  private static final Volume THREE_HOURS_A_WEEK = new Volume(3, Unit.HOUR, Frequency.PER_WEEK);
  /** The worked example of the standard: Tuesday 7 October to Tuesday 30 December 2025. */
  private static final DateRange AUTUMN = range("2025-10-07", "2025-12-30");

  private static long month(Volume v, DateRange validity, boolean householdHelp, boolean output, String month) {
    YearMonth m = YearMonth.parse(month);
    return VolumeCeilings.forPeriod(v, validity, householdHelp, output, m.atDay(1), m.atEndOfMonth());
  }

  @Test
  void the_worked_example_of_the_standard() {
    assertThat(month(THREE_HOURS_A_WEEK, AUTUMN, false, false, "2025-10")).as("weeks 41-44").isEqualTo(12);
    assertThat(month(THREE_HOURS_A_WEEK, AUTUMN, false, false, "2025-11")).as("weeks 44-48").isEqualTo(15);
    assertThat(month(THREE_HOURS_A_WEEK, AUTUMN, false, false, "2025-12")).as("weeks 49-52 and 2026-W01").isEqualTo(15);
    assertThat(VolumeCeilings.forAssignment(THREE_HOURS_A_WEEK, AUTUMN, false)).contains(39L);
  }

  @Test
  void a_month_outside_the_assignment_has_no_room_and_a_partial_period_counts_the_weeks_it_touches() {
    assertThat(month(THREE_HOURS_A_WEEK, AUTUMN, false, false, "2025-09")).isZero();
    assertThat(month(THREE_HOURS_A_WEEK, AUTUMN, false, false, "2026-01")).isZero();
    // Sunday 2 November and Monday 3 November lie in two ISO weeks.
    assertThat(VolumeCeilings.forPeriod(THREE_HOURS_A_WEEK, AUTUMN, false, false,
        LocalDate.of(2025, 11, 2), LocalDate.of(2025, 11, 3))).isEqualTo(6);
    assertThat(VolumeCeilings.forPeriod(THREE_HOURS_A_WEEK, AUTUMN, false, false,
        LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 9))).isEqualTo(3);
  }

  @Test
  void household_help_may_claim_six_weeks_in_every_month() {
    assertThat(month(THREE_HOURS_A_WEEK, AUTUMN, true, false, "2025-10")).isEqualTo(18);
    assertThat(month(THREE_HOURS_A_WEEK, AUTUMN, true, false, "2025-11")).isEqualTo(18);
    assertThat(month(THREE_HOURS_A_WEEK, AUTUMN, true, false, "2025-12")).isEqualTo(18);
    assertThat(VolumeCeilings.forAssignment(THREE_HOURS_A_WEEK, AUTUMN, false)).as("the whole assignment still 13 weeks")
        .contains(39L);
  }

  @Test
  void output_based_counts_sundays_and_one_more_week_in_the_period_of_the_last_sunday() {
    Volume onePiece = new Volume(1, Unit.PIECE_OUTPUT, Frequency.PER_WEEK);
    assertThat(month(onePiece, AUTUMN, false, true, "2025-10")).as("Sundays 12, 19, 26").isEqualTo(3);
    assertThat(month(onePiece, AUTUMN, false, true, "2025-11")).as("Sundays 2..30").isEqualTo(5);
    assertThat(month(onePiece, AUTUMN, false, true, "2025-12")).as("Sundays 7..28 and the last week").isEqualTo(5);
    assertThat(VolumeCeilings.forAssignment(onePiece, AUTUMN, true)).contains(13L);

    DateRange endsOnSunday = range("2025-10-07", "2025-12-28");
    assertThat(month(onePiece, endsOnSunday, false, true, "2025-12")).as("no bonus: ends on a Sunday").isEqualTo(4);
    assertThat(VolumeCeilings.forAssignment(onePiece, endsOnSunday, true)).contains(12L);

    DateRange noSunday = range("2025-10-07", "2025-10-10");
    assertThat(month(onePiece, noSunday, false, true, "2025-10")).as("a week without a Sunday still gets one").isEqualTo(1);
    assertThat(VolumeCeilings.forAssignment(onePiece, noSunday, true)).contains(1L);
  }

  @Test
  void per_day_per_month_and_total() {
    Volume twoADay = new Volume(2, Unit.DAY_PART, Frequency.PER_DAY);
    assertThat(month(twoADay, AUTUMN, false, false, "2025-10")).as("25 days from the 7th").isEqualTo(50);
    assertThat(month(twoADay, AUTUMN, false, false, "2025-11")).isEqualTo(60);
    assertThat(VolumeCeilings.forAssignment(twoADay, AUTUMN, false)).contains(2L * 85);

    Volume tenAMonth = new Volume(10, Unit.HOUR, Frequency.PER_MONTH);
    assertThat(month(tenAMonth, AUTUMN, false, false, "2025-10")).isEqualTo(10);
    assertThat(month(tenAMonth, AUTUMN, false, false, "2026-01")).isZero();
    assertThat(VolumeCeilings.forAssignment(tenAMonth, AUTUMN, false)).contains(30L);
    assertThat(VolumeCeilings.forAssignment(tenAMonth, DateRange.from(LocalDate.of(2025, 1, 1)), false)).isEmpty();

    Volume fortyInAll = new Volume(40, Unit.HOUR, Frequency.TOTAL);
    assertThat(month(fortyInAll, AUTUMN, false, false, "2025-11")).isEqualTo(40);
    assertThat(VolumeCeilings.forAssignment(fortyInAll, AUTUMN, false)).contains(40L);
    assertThat(VolumeCeilings.forAssignment(fortyInAll, DateRange.from(LocalDate.of(2025, 1, 1)), false)).contains(40L);
  }

  @Test
  void a_weekly_ceiling_across_the_year_boundary_counts_iso_weeks_not_calendar_weeks() {
    // 2026-W01 runs from Monday 29 December 2025 to Sunday 4 January 2026.
    DateRange turn = range("2025-12-29", "2026-01-04");
    assertThat(VolumeCeilings.forAssignment(THREE_HOURS_A_WEEK, turn, false)).contains(3L);
    assertThat(month(THREE_HOURS_A_WEEK, turn, false, false, "2025-12")).isEqualTo(3);
    assertThat(month(THREE_HOURS_A_WEEK, turn, false, false, "2026-01")).isEqualTo(3);
  }

  @Test
  void hours_are_rounded_once_below_thirty_minutes_down_from_thirty_up_at_least_one() {
    assertThat(VolumeCeilings.usage(0, Unit.HOUR)).isZero();
    assertThat(VolumeCeilings.usage(1, Unit.HOUR)).as("minimum one hour").isEqualTo(1);
    assertThat(VolumeCeilings.usage(29, Unit.HOUR)).isEqualTo(1);
    assertThat(VolumeCeilings.usage(60, Unit.HOUR)).isEqualTo(1);
    assertThat(VolumeCeilings.usage(89, Unit.HOUR)).as("1 h 29 min down").isEqualTo(1);
    assertThat(VolumeCeilings.usage(90, Unit.HOUR)).as("1 h 30 min up").isEqualTo(2);
    assertThat(VolumeCeilings.usage(12 * 60 + 29, Unit.HOUR)).isEqualTo(12);
    assertThat(VolumeCeilings.usage(12 * 60 + 30, Unit.HOUR)).isEqualTo(13);
    assertThat(VolumeCeilings.usage(90, Unit.MINUTE)).as("only an hourly volume is rounded").isEqualTo(90);
    assertThat(VolumeCeilings.usage(7, Unit.DAY_PART)).isEqualTo(7);
  }

  @Test
  void hours_and_minutes_meet_an_hourly_volume_in_minutes() {
    assertThat(VolumeCeilings.measure(3, Unit.HOUR, Unit.HOUR)).isEqualTo(180);
    assertThat(VolumeCeilings.measure(45, Unit.MINUTE, Unit.HOUR)).isEqualTo(45);
    assertThat(VolumeCeilings.measure(45, Unit.MINUTE, Unit.MINUTE)).isEqualTo(45);
    assertThat(VolumeCeilings.measure(4, Unit.DAY_PART, Unit.DAY_PART)).isEqualTo(4);
  }

  @Test
  void an_open_ended_weekly_assignment_has_no_whole_ceiling_and_huge_volumes_saturate() {
    assertThat(VolumeCeilings.forAssignment(THREE_HOURS_A_WEEK, DateRange.from(LocalDate.of(2025, 1, 1)), false))
        .isEqualTo(Option.none());
    Volume huge = new Volume(Long.MAX_VALUE / 2, Unit.PIECE_EFFORT, Frequency.PER_WEEK);
    assertThat(month(huge, AUTUMN, false, false, "2025-11")).isEqualTo(Long.MAX_VALUE);
  }
}
