package nl.wmokader.core.region.domain;

import java.time.LocalDate;
import nl.wmokader.core.shared.Rejection;

/** Why the arrangement refuses an extension. */
public sealed interface ArrangementError extends Rejection {

  /** The arrangement had already ended when the extension was decided: a lapsed arrangement is not revived. */
  record ExtensionAfterEnd(LocalDate decidedOn, LocalDate end) implements ArrangementError {
    @Override
    public String message() {
      return "an extension decided on " + decidedOn + " comes after the arrangement's end " + end;
    }
  }

  /** The extension was decided before the arrangement started. */
  record ExtensionBeforeStart(LocalDate decidedOn, LocalDate start) implements ArrangementError {
    @Override
    public String message() {
      return "an extension decided on " + decidedOn + " comes before the arrangement's start " + start;
    }
  }
}
