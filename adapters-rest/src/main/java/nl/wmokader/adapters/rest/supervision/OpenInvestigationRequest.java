package nl.wmokader.adapters.rest.supervision;

import io.vavr.collection.List;
import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.port.in.OpenInvestigationCommand;

/**
 * The body of {@code POST /api/v1/investigations}: on the open {@code signals} about the provider,
 * or proactively when {@code signals} is absent or empty.
 */
public record OpenInvestigationRequest(String provider, java.util.List<String> signals, InvestigationScope scope,
                                       ProviderDeliveryForm deliveryForm) implements ApiRequest<OpenInvestigationCommand> {
  @Override
  public Either<DomainError, OpenInvestigationCommand> toCommand() {
    return OpenInvestigationCommand.read(provider, signals == null ? null : List.ofAll(signals), scope, deliveryForm);
  }
}
