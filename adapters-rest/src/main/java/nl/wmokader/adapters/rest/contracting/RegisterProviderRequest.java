package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.FieldCheck;
import nl.wmokader.core.contracting.port.in.RegisterProviderCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code POST /api/v1/providers}: the 8-digit AGB code and the name. */
public record RegisterProviderRequest(String agbCode, String name) implements ApiRequest<RegisterProviderCommand> {

  @Override
  public Either<DomainError, RegisterProviderCommand> toCommand() {
    FieldCheck check = new FieldCheck();
    AgbCode agb = check.valid(AgbCode.validate("agbCode", agbCode));
    check.requiredText("name", name);
    return check.result(() -> new RegisterProviderCommand(agb, name));
  }
}
