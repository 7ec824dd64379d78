package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.util.List;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.port.in.UpdateProviderCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code PUT /api/v1/providers/{agbCode}}: every detail as in {@link RegisterProviderRequest}
 * but the AGB code (which the path names), and the {@code version} the change is based on.
 */
public record UpdateProviderRequest(Long version, String name, String chamberOfCommerce,
    List<ProviderDeliveryForm> deliveryForms, ContactRequest supervisionContact)
    implements ApiRequest<Function<AgbCode, UpdateProviderCommand>> {

  @Override
  public Either<DomainError, Function<AgbCode, UpdateProviderCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    check.present("version", version);
    check.presentText("name", name);
    ProviderDetails.Checked details = ProviderDetails.check(check, chamberOfCommerce, deliveryForms, supervisionContact);
    return check.resultFrom(() -> agb -> new UpdateProviderCommand(agb, version, name, details.kvk(), details.forms(),
        details.contact()));
  }
}
