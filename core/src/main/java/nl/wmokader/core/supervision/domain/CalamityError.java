package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.wmokader.core.shared.Rejection;

/** Why a calamity's step was refused. Messages carry no personal data. */
public sealed interface CalamityError extends Rejection {

  /** The step does not follow from the calamity's status. */
  record NotInStep(CalamityId calamity, CalamityStatus status, String step) implements CalamityError {
    public NotInStep {
      requireNonNull(calamity, "calamity");
      requireNonNull(status, "status");
      requireNonNull(step, "step");
    }

    @Override
    public String code() {
      return "not_in_step";
    }

    @Override
    public String message() {
      return "calamity " + calamity + " is " + status + ": cannot " + step;
    }
  }

  /** A step dated before the step it follows. */
  record BeforePreviousStep(CalamityId calamity, LocalDate previous) implements CalamityError {
    public BeforePreviousStep {
      requireNonNull(calamity, "calamity");
      requireNonNull(previous, "previous");
    }

    @Override
    public String code() {
      return "before_previous_step";
    }

    @Override
    public String message() {
      return "calamity " + calamity + ": a step cannot lie before " + previous;
    }
  }
}
