package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/** Ends a contract's suspension. */
public record ReactivateContractCommand(ContractId contract) {

  /** This command when it names the contract. */
  public Either<DomainError, ReactivateContractCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    return checks.result(this);
  }
}
