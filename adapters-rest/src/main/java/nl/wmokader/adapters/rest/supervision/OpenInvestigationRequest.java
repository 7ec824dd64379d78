package nl.wmokader.adapters.rest.supervision;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.port.in.OpenInvestigationCommand;

/**
 * The body of {@code POST /api/v1/investigations}: on the open {@code signals} about the provider,
 * or proactively when {@code signals} is absent or empty.
 */
public record OpenInvestigationRequest(String provider, java.util.List<String> signals, InvestigationScope scope,
                                       ProviderDeliveryForm deliveryForm) implements ApiRequest<OpenInvestigationCommand> {
  @Override
  public Either<DomainError, OpenInvestigationCommand> toCommand() {
    FieldChecks check = new FieldChecks();
    AgbCode agb = check.valid(AgbCode.validate("provider", provider));
    List<SignalId> ids = List.empty();
    if (signals != null) {
      for (int i = 0; i < signals.size(); i++) {
        String raw = signals.get(i);
        if (!FieldChecks.isUuid(raw)) {
          check.add("signals[" + i + "]", "uuid_format", FieldChecks.UUID_FORMAT);
        } else {
          ids = ids.append(new SignalId(UUID.fromString(raw)));
        }
      }
    }
    check.present("scope", scope);
    check.present("deliveryForm", deliveryForm);
    List<SignalId> linked = ids;
    return check.resultFrom(() -> new OpenInvestigationCommand(agb, linked, scope, deliveryForm));
  }
}
