package nl.wmokader.examples.demo;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A clock the seeder sets to the day of each step, so that every step happens "today" as the
 * use cases see it: none lies in their future, and dates taken from the clock (the day an
 * assignment was issued) are the planned ones. Noon, so that a zone's offset never moves the day.
 * Public for the benchmarks, which drive the use cases through the days the same way.
 */
public final class StepClock extends Clock {
  private final ZoneId zone;
  // volatile: the benchmarks set it on one thread and submit on others.
  private volatile LocalDate today;

  public StepClock(ZoneId zone, LocalDate today) {
    this.zone = requireNonNull(zone, "zone");
    this.today = requireNonNull(today, "today");
  }

  /** The day it stands on. */
  public LocalDate today() {
    return today;
  }

  public void set(LocalDate day) {
    this.today = requireNonNull(day, "day");
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return Clock.fixed(instant(), other);
  }

  @Override
  public Instant instant() {
    return today.atTime(LocalTime.NOON).atZone(zone).toInstant();
  }
}
