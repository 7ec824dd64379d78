package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/** Admits an application today. */
public record AdmitApplicationCommand(ContractId contract) {

  /** This command when it names the contract. */
  public Either<DomainError, AdmitApplicationCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    return checks.result(this);
  }
}
