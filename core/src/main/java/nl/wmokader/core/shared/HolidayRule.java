package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

/** How one public holiday falls in a given year: calendar data, not code per holiday. */
public sealed interface HolidayRule {

  /** The holiday's name, for people. */
  String name();

  /** The date it falls on in {@code year}. */
  LocalDate in(int year);

  /**
   * The same day every year, moved by {@code shiftIfSunday} days when it falls on a Sunday
   * (King's Day: 27 April, or 26 April when the 27th is a Sunday).
   */
  record FixedDate(MonthDay date, String name, int shiftIfSunday) implements HolidayRule {
    public FixedDate {
      requireNonNull(date, "date");
      requireNonNull(name, "name");
    }

    public FixedDate(MonthDay date, String name) {
      this(date, name, 0);
    }

    @Override
    public LocalDate in(int year) {
      LocalDate d = date.atYear(year);
      return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(shiftIfSunday) : d;
    }
  }

  /** A number of days from Easter Sunday (Good Friday −2, Ascension +39, Whit Monday +50). */
  record EasterRelative(int daysFromEaster, String name) implements HolidayRule {
    public EasterRelative {
      requireNonNull(name, "name");
    }

    @Override
    public LocalDate in(int year) {
      return easterSunday(year).plusDays(daysFromEaster);
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
      int a = year % 19;
      int b = year / 100;
      int c = year % 100;
      int d = b / 4;
      int e = b % 4;
      int f = (b + 8) / 25;
      int g = (b - f + 1) / 3;
      int h = (19 * a + b - d - g + 15) % 30;
      int i = c / 4;
      int k = c % 4;
      int l = (32 + 2 * e + 2 * i - h - k) % 7;
      int m = (a + 11 * h + 22 * l) / 451;
      int month = (h + l - 7 * m + 114) / 31;
      int day = ((h + l - 7 * m + 114) % 31) + 1;
      return LocalDate.of(year, month, day);
    }
  }
}
