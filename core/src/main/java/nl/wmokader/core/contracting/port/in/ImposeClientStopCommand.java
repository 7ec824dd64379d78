package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Stops new assignments under a contract during {@code period} (open-ended: until lifted). Made from
 * raw values by {@link #read} and {@link #forContract}; {@link #validated} is the second round the use case
 * applies after access.
 */
public record ImposeClientStopCommand(ContractId contract, DateRange period, ClientStopReason reason) {

  /**
   * The command from raw values, for the contract {@link #forContract} names: the stop's first day, its last
   * day (absent: until lifted) and the reason; or every missing or malformed field.
   */
  public static Either<DomainError, ImposeClientStopCommand> read(LocalDate from, LocalDate until,
                                                                  ClientStopReason reason) {
    FieldChecks check = new FieldChecks();
    DateRange period = check.valid(DateRange.validate("from", from, "until", Option.of(until)));
    check.present("reason", reason);
    return check.resultFrom(() -> new ImposeClientStopCommand(null, period, reason));
  }

  /** This command for {@code contract}: a caller names it apart from the stop (REST: in the path). */
  public ImposeClientStopCommand forContract(ContractId contract) {
    return new ImposeClientStopCommand(contract, period, reason);
  }

  /** This command when it names the contract, the period and the reason. */
  public Either<DomainError, ImposeClientStopCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    checks.required("period", period);
    checks.required("reason", reason);
    return checks.result(this);
  }
}
