package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.InvestigationStatus;

/**
 * Moves {@code investigation} to {@code to}, the next step, today; {@code responseDue} (not before
 * today) is required exactly for {@link InvestigationStatus#PROVIDER_RESPONSE}. Made from raw values
 * by {@link #read}; {@link #validated} is the second round the use case applies after access.
 */
public record AdvanceInvestigationCommand(InvestigationId investigation, InvestigationStatus to,
                                          LocalDate responseDue) {

  /**
   * The command on the investigation the caller names (REST: in the path), or every missing field;
   * whether {@code responseDue} belongs to the step is {@link #validated}'s to check.
   */
  public static Either<DomainError, Function<InvestigationId, AdvanceInvestigationCommand>> read(
      InvestigationStatus to, LocalDate responseDue) {
    FieldChecks check = new FieldChecks();
    check.present("to", to);
    return check.resultFrom(() -> id -> new AdvanceInvestigationCommand(id, to, responseDue));
  }

  /** This command when it names an investigation and a step, with {@code responseDue} exactly for the provider's response. */
  public Either<DomainError, AdvanceInvestigationCommand> validated() {
    FieldChecks fields = new FieldChecks();
    fields.required("investigation", investigation);
    if (fields.required("to", to)) {
      if (to == InvestigationStatus.PROVIDER_RESPONSE) {
        fields.required("responseDue", responseDue);
      } else {
        fields.check(responseDue == null, "responseDue", "not_allowed",
            "is given only when asking for the provider's response");
      }
    }
    return fields.result(this);
  }
}
