package nl.wmokader.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test sets and moves: "today" in Europe/Amsterdam. */
public final class MutableClock extends Clock {
  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private volatile Instant now;

  public MutableClock(LocalDate today) {
    set(today);
  }

  public void set(LocalDate today) {
    now = today.atTime(12, 0).atZone(AMSTERDAM).toInstant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now, AMSTERDAM);
  }

  @Override
  public ZoneId getZone() {
    return AMSTERDAM;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
