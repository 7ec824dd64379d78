package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import java.time.Clock;

/**
 * What every subdomain's module is given by the embedding application: the clock ("today"), the
 * generator of identifiers and the calendar of working days. The core reads no clock and makes no
 * identifier it is not given.
 */
public record Environment(Clock clock, IdGenerator ids, WorkingDayCalendar calendar) {
  public Environment {
    requireNonNull(clock, "clock");
    requireNonNull(ids, "ids");
    requireNonNull(calendar, "calendar");
  }
}
