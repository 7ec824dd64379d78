package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Terminates a contract from {@code from}: the first day it no longer holds. Made from raw values by
 * {@link #read} and {@link #forContract}; {@link #validated} is the second round the use case applies after
 * access.
 */
public record TerminateContractCommand(ContractId contract, LocalDate from) {

  /** The command from the raw first day without the contract {@link #forContract} names; or that day required. */
  public static Either<DomainError, TerminateContractCommand> read(LocalDate from) {
    FieldChecks check = new FieldChecks();
    check.present("from", from);
    return check.resultFrom(() -> new TerminateContractCommand(null, from));
  }

  /** This command for {@code contract}: a caller names it apart from the day (REST: in the path). */
  public TerminateContractCommand forContract(ContractId contract) {
    return new TerminateContractCommand(contract, from);
  }

  /** This command when it names the contract and the day. */
  public Either<DomainError, TerminateContractCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    checks.required("from", from);
    return checks.result(this);
  }
}
