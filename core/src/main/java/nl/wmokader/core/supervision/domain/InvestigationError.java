package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Rejection;

/**
 * What the rules of an investigation refuse. The code is the record's simple name; messages name
 * the investigation, never a client.
 */
public sealed interface InvestigationError extends DomainError {

  /** The investigation is closed: it takes no further change. */
  record Closed(InvestigationId investigation) implements InvestigationError, Rejection {
    public Closed {
      requireNonNull(investigation, "investigation");
    }

    @Override
    public String message() {
      return "investigation " + investigation + " is closed";
    }
  }

  /** The investigation is not in a step where {@code action} may happen (a step may not be skipped either). */
  record NotInStep(InvestigationId investigation, InvestigationStatus status, String action)
      implements InvestigationError, Rejection {
    public NotInStep {
      requireNonNull(investigation, "investigation");
      requireNonNull(status, "status");
      requireNonNull(action, "action");
    }

    @Override
    public String message() {
      return "investigation " + investigation + " is " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + ": cannot " + action;
    }
  }

  /** An action dated before the day the current step began. */
  record BeforePreviousStep(InvestigationId investigation, String action, LocalDate date, LocalDate previous)
      implements InvestigationError, Rejection {
    @Override
    public String message() {
      return action + " on " + date + " lies before the previous step of investigation " + investigation
          + " (" + previous + ")";
    }
  }

  /** A deadline or start date that lies before the day it is set. */
  record DateInPast(InvestigationId investigation, String field, LocalDate date, LocalDate today)
      implements InvestigationError, Rejection {
    @Override
    public String message() {
      return field + " " + date + " lies before " + today + " in investigation " + investigation;
    }
  }

  /** A recovery part of zero or a negative amount. */
  record AmountNotPositive(InvestigationId investigation, MunicipalityCode member)
      implements InvestigationError, Rejection {
    @Override
    public String message() {
      return "the amount recovered for municipality " + member + " must be positive in investigation " + investigation;
    }
  }

  /** An outcome that is malformed as a whole: {@code reason} says how. */
  record InvalidOutcome(InvestigationId investigation, String reason) implements InvestigationError, Rejection {
    @Override
    public String message() {
      return "invalid outcome for investigation " + investigation + ": " + reason;
    }
  }

  /** An outcome that contradicts the recorded findings or outcomes: {@code reason} says how. */
  record ContradictoryOutcome(InvestigationId investigation, String reason) implements InvestigationError, Rejection {
    @Override
    public String message() {
      return "outcome contradicts investigation " + investigation + ": " + reason;
    }
  }

  /** The follow-up starts only when the final report decided at least one outcome. */
  record NoOutcome(InvestigationId investigation) implements InvestigationError, Rejection {
    @Override
    public String message() {
      return "investigation " + investigation + " has no outcome yet";
    }
  }

  /** Closing waits until every improvement point has been followed up. */
  record OpenImprovementPoints(InvestigationId investigation, int open) implements InvestigationError, Rejection {
    @Override
    public String message() {
      return "investigation " + investigation + " has " + open + " improvement point(s) not followed up";
    }
  }

  /** No improvement point at {@code index} of the outcomes. */
  record NoSuchImprovementPoint(InvestigationId investigation, int index) implements InvestigationError, Rejection {
    @Override
    public String message() {
      return "investigation " + investigation + " has no improvement point at " + index;
    }
  }

  /** The improvement point was followed up already. */
  record AlreadyFollowedUp(InvestigationId investigation, int index, LocalDate on)
      implements InvestigationError, Rejection {
    @Override
    public String message() {
      return "improvement point " + index + " of investigation " + investigation + " was followed up on " + on;
    }
  }

  /** Informing names at least one member municipality. */
  record NoMembers(InvestigationId investigation) implements InvestigationError, Rejection {
    @Override
    public String message() {
      return "informing about investigation " + investigation + " names no member municipality";
    }
  }

  /** No formal measure at {@code index} of the outcomes. */
  record NoSuchMeasure(InvestigationId investigation, int index) implements InvestigationError, Rejection {
    @Override
    public String message() {
      return "investigation " + investigation + " has no measure at " + index;
    }
  }

  /** The provider's report of the measure was recorded already. */
  record MeasureAlreadyReported(InvestigationId investigation, int index, LocalDate on)
      implements InvestigationError, Rejection {
    @Override
    public String message() {
      return "measure " + index + " of investigation " + investigation + " was reported on " + on;
    }
  }

  /** A report of a measure dated before the measure was decided. */
  record ReportedBeforeDecision(InvestigationId investigation, int index, LocalDate on, LocalDate decidedOn)
      implements InvestigationError, Rejection {
    @Override
    public String message() {
      return "measure " + index + " of investigation " + investigation + " reported on " + on
          + " lies before its decision (" + decidedOn + ")";
    }
  }
}
