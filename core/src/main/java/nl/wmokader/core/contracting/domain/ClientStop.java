package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

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
}
