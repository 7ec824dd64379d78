package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/** Puts an admitted contract in force. */
public record ActivateContractCommand(ContractId contract) {

  /** This command when it names the contract. */
  public Either<DomainError, ActivateContractCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    return checks.result(this);
  }
}
