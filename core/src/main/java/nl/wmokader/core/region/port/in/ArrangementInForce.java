package nl.wmokader.core.region.port.in;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.wmokader.core.region.domain.RegionalArrangement;

/** The regional arrangement as of {@code asOf} (today by the clock): its term, extensions, and whether it is in force. */
public record ArrangementInForce(RegionalArrangement arrangement, LocalDate asOf) {
  public ArrangementInForce {
    requireNonNull(arrangement, "arrangement");
    requireNonNull(asOf, "asOf");
  }

  /** Whether {@code asOf} lies within the term, extensions included. */
  public boolean inForce() {
    return arrangement.term().contains(asOf);
  }
}
