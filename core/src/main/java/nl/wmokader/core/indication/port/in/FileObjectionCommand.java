package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * An objection (bezwaar) against the decision on {@code indication}, received on {@code filedOn}.
 * Made from raw values by {@link #read}; the rest (the case, a date not in the future) is the use
 * case's.
 */
public record FileObjectionCommand(IndicationId indication, LocalDate filedOn) {

  /** The command on the case named apart (a path's) from the date received, or its error when it is missing. */
  public static Either<DomainError, Function<IndicationId, FileObjectionCommand>> read(LocalDate filedOn) {
    FieldChecks check = new FieldChecks();
    LocalDate on = check.present("filedOn", filedOn);
    return check.resultFrom(() -> id -> new FileObjectionCommand(id, on));
  }
}
