package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The assessment (onderzoek) of a reported case was completed on {@code assessedOn}. Made from raw
 * values by {@link #read}; the rest (the case, a date not in the future) is the use case's.
 */
public record CompleteAssessmentCommand(IndicationId indication, LocalDate assessedOn) {

  /** The command on the case named apart (a path's) from the assessment's date, or its error when it is missing. */
  public static Either<DomainError, Function<IndicationId, CompleteAssessmentCommand>> read(LocalDate assessedOn) {
    FieldChecks check = new FieldChecks();
    LocalDate on = check.present("assessedOn", assessedOn);
    return check.resultFrom(() -> id -> new CompleteAssessmentCommand(id, on));
  }
}
