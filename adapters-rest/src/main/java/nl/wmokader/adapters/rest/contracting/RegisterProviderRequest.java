package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.util.List;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.port.in.RegisterProviderCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/providers}: the 8-digit AGB code, the name, the 8-digit Chamber
 * of Commerce number, the delivery forms (at least one) and the supervision contact.
 */
public record RegisterProviderRequest(String agbCode, String name, String chamberOfCommerce,
    List<ProviderDeliveryForm> deliveryForms, ContactRequest supervisionContact)
    implements ApiRequest<RegisterProviderCommand> {

  @Override
  public Either<DomainError, RegisterProviderCommand> toCommand() {
    FieldChecks check = new FieldChecks();
    AgbCode agb = check.valid(AgbCode.validate("agbCode", agbCode));
    check.presentText("name", name);
    ProviderDetails.Checked details = ProviderDetails.check(check, chamberOfCommerce, deliveryForms, supervisionContact);
    return check.resultFrom(() -> new RegisterProviderCommand(agb, name, details.kvk(), details.forms(), details.contact()));
  }
}
