package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Rejection;

/** What the rules of intake, decisions and objections refuse. Messages never carry a BSN. */
public sealed interface IndicationError extends DomainError {

  /** The case is not in a status where {@code step} may happen. */
  record NotInStep(IndicationId indication, IndicationStatus status, String step) implements IndicationError, Rejection {
    public NotInStep {
      requireNonNull(indication, "indication");
      requireNonNull(status, "status");
      requireNonNull(step, "step");
    }

    @Override
    public String message() {
      return "indication " + indication + " is " + status + ": cannot " + step;
    }
  }

  /** The application has been decided already: a decision is changed through an objection. */
  record AlreadyDecided(IndicationId indication) implements IndicationError, Rejection {
    @Override
    public String message() {
      return "indication " + indication + " has been decided already";
    }
  }

  /**
   * An application on a reported case before the assessment term ended: the client may apply after
   * the assessment, or once it is overdue (the day after {@code assessmentDue}).
   */
  record AssessmentStillDue(IndicationId indication, LocalDate assessmentDue) implements IndicationError, Rejection {
    @Override
    public String message() {
      return "indication " + indication + " is still being assessed (due " + assessmentDue
          + "): an application follows the assessment or its term";
    }
  }

  /** A step dated before the step it follows. */
  record BeforePreviousStep(IndicationId indication, String step, LocalDate date, LocalDate previous) implements IndicationError, Rejection {
    @Override
    public String message() {
      return step + " on " + date + " lies before the previous step of indication " + indication + " (" + previous + ")";
    }
  }

  /**
   * Sheltered housing and shelter (categories 15-18) are granted only on a centrally decided case
   * attributed to the municipality of origin, and other categories only on a resident's own case.
   */
  record CategoryNotForCase(IndicationId indication, ProductCategory category) implements IndicationError, Rejection {
    @Override
    public String message() {
      return category.isShelteredHousingOrShelter()
          ? "category " + category.code() + " is granted only on a central case attributed to a municipality of origin"
          : "category " + category.code() + " is not granted on a central sheltered-housing or shelter case";
    }
  }

  /** An objection needs a decision to object to. */
  record ObjectionWithoutDecision(IndicationId indication) implements IndicationError, Rejection {
    @Override
    public String message() {
      return "indication " + indication + " has no decision to object to";
    }
  }

  /** The decision has an objection already. */
  record ObjectionAlreadyFiled(IndicationId indication) implements IndicationError, Rejection {
    @Override
    public String message() {
      return "an objection against indication " + indication + " has been filed already";
    }
  }

  /** There is no objection to decide on. */
  record NoObjection(IndicationId indication) implements IndicationError, Rejection {
    @Override
    public String message() {
      return "no objection has been filed against indication " + indication;
    }
  }

  /** The objection has been decided already. */
  record ObjectionAlreadyDecided(IndicationId indication) implements IndicationError, Rejection {
    @Override
    public String message() {
      return "the objection against indication " + indication + " has been decided already";
    }
  }
}
