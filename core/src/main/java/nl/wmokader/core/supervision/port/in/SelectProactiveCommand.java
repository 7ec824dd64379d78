package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The yearly proactive selection as of {@code asOf} (today when absent), with {@code seed} drawn
 * and recorded by the region's board: the same data and seed give the same selection. Made from
 * raw values by {@link #read}; {@link #validated} is the check the use case applies after access.
 */
public record SelectProactiveCommand(LocalDate asOf, Long seed) {

  /** The command from raw values, or {@code seed} required. */
  public static Either<DomainError, SelectProactiveCommand> read(LocalDate asOf, Long seed) {
    FieldChecks check = new FieldChecks();
    check.present("seed", seed);
    return check.resultFrom(() -> new SelectProactiveCommand(asOf, seed));
  }

  /** This command when it has a seed. */
  public Either<DomainError, SelectProactiveCommand> validated() {
    FieldChecks fields = new FieldChecks();
    fields.required("seed", seed);
    return fields.result(this);
  }
}
