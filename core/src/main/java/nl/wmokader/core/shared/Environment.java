package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import java.time.Clock;

/**
 * What every subdomain's module is given by the embedding application: the clock ("today"), the
 * generator of identifiers, the calendar of working days and the access policy every use case
 * asks. The core reads no clock and makes no identifier it is not given.
 */
public record Environment(Clock clock, IdGenerator ids, WorkingDayCalendar calendar, AccessPolicy access) {
  public Environment {
    requireNonNull(clock, "clock");
    requireNonNull(ids, "ids");
    requireNonNull(calendar, "calendar");
    requireNonNull(access, "access");
  }
}
