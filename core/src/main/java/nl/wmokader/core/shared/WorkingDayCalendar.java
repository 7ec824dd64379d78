package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;

/**
 * Working days and legal terms. A term starts the day after the event (Awb art. 6:8); a term
 * whose last day is a Saturday, Sunday or public holiday ends on the next working day (Algemene
 * termijnenwet art. 1). The holidays are data: {@link #generalTermsAct()} is the reference calendar.
 */
public final class WorkingDayCalendar {

  private final Seq<HolidayRule> holidays;

  public WorkingDayCalendar(Seq<HolidayRule> holidays) {
    this.holidays = List.ofAll(requireNonNull(holidays, "holidays"));
  }

  /**
   * The holidays of the General Time Limits Act with Good Friday as the brief lists them: New
   * Year's Day, Good Friday, Easter Sunday and Monday, King's Day, 5 May, Ascension Day, Whit
   * Sunday and Monday, Christmas Day and Boxing Day.
   */
  public static WorkingDayCalendar generalTermsAct() {
    return new WorkingDayCalendar(List.of(
        new HolidayRule.FixedDate(MonthDay.of(Month.JANUARY, 1), "New Year's Day"),
        new HolidayRule.EasterRelative(-2, "Good Friday"),
        new HolidayRule.EasterRelative(0, "Easter Sunday"),
        new HolidayRule.EasterRelative(1, "Easter Monday"),
        new HolidayRule.FixedDate(MonthDay.of(Month.APRIL, 27), "King's Day", -1),
        new HolidayRule.FixedDate(MonthDay.of(Month.MAY, 5), "Liberation Day"),
        new HolidayRule.EasterRelative(39, "Ascension Day"),
        new HolidayRule.EasterRelative(49, "Whit Sunday"),
        new HolidayRule.EasterRelative(50, "Whit Monday"),
        new HolidayRule.FixedDate(MonthDay.of(Month.DECEMBER, 25), "Christmas Day"),
        new HolidayRule.FixedDate(MonthDay.of(Month.DECEMBER, 26), "Boxing Day")));
  }

  public Seq<HolidayRule> holidays() {
    return holidays;
  }

  /** The holiday dates of {@code year}. */
  public Set<LocalDate> holidaysIn(int year) {
    return HashSet.ofAll(holidays.map(h -> h.in(year)));
  }

  public boolean isHoliday(LocalDate date) {
    return holidays.exists(h -> h.in(date.getYear()).equals(date));
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(date);
  }

  /** {@code date} itself when it is a working day, else the first working day after it. */
  public LocalDate onOrNextWorkingDay(LocalDate date) {
    LocalDate d = date;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The last day of a term of {@code length} after {@code event}: event + length, moved to the
   * next working day when it is not one.
   */
  public LocalDate termEnd(LocalDate event, Period length) {
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("a term has a positive length");
    }
    return onOrNextWorkingDay(event.plus(length));
  }

  /** The {@code n}th working day after {@code date} ({@code n >= 1}); {@code date} itself does not count. */
  public LocalDate addWorkingDays(LocalDate date, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1");
    }
    LocalDate d = date;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }
}
