package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.ClientStopRequestId;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/** The region's consent to ({@code consent}) or refusal of a provider's client-stop request. */
public record DecideOnClientStopRequestCommand(ContractId contract, ClientStopRequestId request, boolean consent) {

  /** This command when it names the contract and the request. */
  public Either<DomainError, DecideOnClientStopRequestCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    checks.required("request", request);
    return checks.result(this);
  }
}
