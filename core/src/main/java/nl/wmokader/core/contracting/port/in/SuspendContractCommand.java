package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Suspends an active contract from today, for {@code reason}. Made from raw values by {@link #read}
 * and {@link #forContract}; {@link #validated} is the second round the use case applies after access.
 */
public record SuspendContractCommand(ContractId contract, ClientStopReason reason) {

  /** The command from the raw reason, for the contract {@link #forContract} names; or the reason required. */
  public static Either<DomainError, SuspendContractCommand> read(ClientStopReason reason) {
    FieldChecks check = new FieldChecks();
    check.present("reason", reason);
    return check.resultFrom(() -> new SuspendContractCommand(null, reason));
  }

  /** This command for {@code contract}: a caller names it apart from the reason (REST: in the path). */
  public SuspendContractCommand forContract(ContractId contract) {
    return new SuspendContractCommand(contract, reason);
  }

  /** This command when it names the contract and the reason. */
  public Either<DomainError, SuspendContractCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    checks.required("reason", reason);
    return checks.result(this);
  }
}
