package nl.wmokader.core.supervision.domain;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Rejection;

/** Why a proactive selection cannot be made. Names providers (AGB codes) and dates only. */
public sealed interface SelectionError extends Rejection {

  /** The same provider appears more than once among the candidates. */
  record DuplicateProviders(Seq<AgbCode> providers) implements SelectionError {
    @Override
    public String message() {
      return "providers appear more than once: " + providers.mkString(", ");
    }
  }

  /** A candidate's last investigation lies after the selection date. */
  record InvestigatedAfterSelectionDate(AgbCode provider, LocalDate lastInvestigated, LocalDate asOf)
      implements SelectionError {
    @Override
    public String message() {
      return "provider " + provider + " was last investigated on " + lastInvestigated + ", after the selection date " + asOf;
    }
  }
}
