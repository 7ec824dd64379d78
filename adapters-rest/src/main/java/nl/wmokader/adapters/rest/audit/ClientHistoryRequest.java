package nl.wmokader.adapters.rest.audit;

import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/** The body of {@code POST /audit-trail/client-histories}: the client whose accesses are asked for. */
public record ClientHistoryRequest(String client) implements ApiRequest<Bsn> {

  @Override
  public Either<DomainError, Bsn> toCommand() {
    FieldChecks check = new FieldChecks();
    Bsn bsn = check.requiredText("client", client) ? check.valid(Bsn.validate("client", client)) : null;
    return check.resultFrom(() -> bsn);
  }
}
