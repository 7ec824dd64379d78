package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import nl.wmokader.core.shared.DateRange;

/**
 * A client stop (cliëntenstop) on a contract: during {@code period} the provider may get no NEW
 * assignments; support already assigned goes on. Open-ended until lifted.
 */
public record ClientStop(DateRange period, ClientStopReason reason) {
  public ClientStop {
    requireNonNull(period, "period");
    requireNonNull(reason, "reason");
  }

  public boolean inForceOn(LocalDate date) {
    return period.contains(date);
  }

  /** Whether the stop is in force on {@code from} or any day after it. */
  public boolean reachesInto(LocalDate from) {
    return period.end().forAll(end -> !end.isBefore(from));
  }

  /**
   * {@code stops} lifted from {@code from} on: a stop in force then ends the day before, a stop that
   * would only start on or after it is withdrawn; earlier stops stay as history.
   */
  public static Seq<ClientStop> liftedFrom(Seq<ClientStop> stops, LocalDate from) {
    return stops.filter(s -> s.period().start().isBefore(from))
        .map(s -> s.reachesInto(from) ? new ClientStop(s.period().withEnd(from.minusDays(1)), s.reason()) : s);
  }
}
