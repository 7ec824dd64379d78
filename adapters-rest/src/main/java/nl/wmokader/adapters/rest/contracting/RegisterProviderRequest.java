package nl.wmokader.adapters.rest.contracting;

import io.vavr.collection.List;
import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.port.in.ContactInput;
import nl.wmokader.core.contracting.port.in.RegisterProviderCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/providers}: the 8-digit AGB code, the name, the 8-digit Chamber
 * of Commerce number, the delivery forms (at least one) and the supervision contact.
 */
public record RegisterProviderRequest(String agbCode, String name, String chamberOfCommerce,
    java.util.List<ProviderDeliveryForm> deliveryForms, ContactInput supervisionContact)
    implements ApiRequest<RegisterProviderCommand> {

  @Override
  public Either<DomainError, RegisterProviderCommand> toCommand() {
    return RegisterProviderCommand.read(agbCode, name, chamberOfCommerce,
        deliveryForms == null ? null : List.ofAll(deliveryForms), supervisionContact);
  }
}
