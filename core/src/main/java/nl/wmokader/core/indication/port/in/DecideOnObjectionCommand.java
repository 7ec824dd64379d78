package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.ObjectionOutcome;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The decision on the objection against {@code indication}'s decision. Made from raw values by
 * {@link #read}; {@link #validated} is the part of the second round that needs neither the case nor
 * the clock.
 */
public record DecideOnObjectionCommand(IndicationId indication, ObjectionOutcome outcome, LocalDate decidedOn) {

  /**
   * The command on the case named apart (a path's) from raw values, or every missing field. The
   * values are read without the case, as a caller names it elsewhere.
   */
  public static Either<DomainError, Function<IndicationId, DecideOnObjectionCommand>> read(ObjectionOutcome outcome,
                                                                                           LocalDate decidedOn) {
    FieldChecks check = new FieldChecks();
    ObjectionOutcome result = check.present("outcome", outcome);
    LocalDate on = check.present("decidedOn", decidedOn);
    return check.resultFrom(() -> id -> new DecideOnObjectionCommand(id, result, on));
  }

  /** This command when it gives the outcome. */
  public Either<DomainError, DecideOnObjectionCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("outcome", outcome);
    return checks.result(this);
  }
}
