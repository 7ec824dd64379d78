package nl.wmokader.adapters.rest.contracting;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.port.in.ContactInput;
import nl.wmokader.core.contracting.port.in.UpdateProviderCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code PUT /api/v1/providers/{agbCode}}: every detail as in {@link RegisterProviderRequest}
 * but the AGB code (which the path names), and the {@code version} the change is based on.
 */
public record UpdateProviderRequest(Long version, String name, String chamberOfCommerce,
    java.util.List<ProviderDeliveryForm> deliveryForms, ContactInput supervisionContact)
    implements ApiRequest<Function<AgbCode, UpdateProviderCommand>> {

  @Override
  public Either<DomainError, Function<AgbCode, UpdateProviderCommand>> toCommand() {
    return UpdateProviderCommand.read(version, name, chamberOfCommerce,
            deliveryForms == null ? null : List.ofAll(deliveryForms), supervisionContact)
        .map(command -> command::forProvider);
  }
}
