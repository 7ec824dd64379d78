package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.WaitingTimeNorm;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The contract's waiting-time norm: at most {@code maxDays} (1..365) from assignment to start of
 * delivery. Made from raw values by {@link #read} and {@link #forContract}; {@link #validated} is the second
 * round the use case applies after access.
 */
public record SetWaitingTimeNormCommand(ContractId contract, Integer maxDays) {

  /** The command from the raw most days, for the contract {@link #forContract} names; or those days' error. */
  public static Either<DomainError, SetWaitingTimeNormCommand> read(Integer maxDays) {
    FieldChecks check = new FieldChecks();
    if (check.present("maxDays", maxDays) != null && (maxDays < 1 || maxDays > WaitingTimeNorm.MAX_DAYS)) {
      check.add("maxDays", "out_of_range", "must be 1.." + WaitingTimeNorm.MAX_DAYS);
    }
    return check.resultFrom(() -> new SetWaitingTimeNormCommand(null, maxDays));
  }

  /** This command for {@code contract}: a caller names it apart from the norm (REST: in the path). */
  public SetWaitingTimeNormCommand forContract(ContractId contract) {
    return new SetWaitingTimeNormCommand(contract, maxDays);
  }

  /** This command when it names the contract and 1..365 days. */
  public Either<DomainError, SetWaitingTimeNormCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    if (checks.required("maxDays", maxDays)) {
      checks.check(maxDays >= 1 && maxDays <= WaitingTimeNorm.MAX_DAYS, "maxDays", "out_of_range",
          "must be 1.." + WaitingTimeNorm.MAX_DAYS);
    }
    return checks.result(this);
  }
}
