package nl.wmokader.core.supervision.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.UUID;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.SignalId;

/**
 * Opens an investigation of {@code provider} today: on the named open signals about it (they are
 * linked to the investigation), or proactively when {@code signals} is absent or empty. Made from
 * raw values by {@link #read}; the use case checks the rest against the stores (a registered
 * provider offering the delivery form, recorded signals about it).
 */
public record OpenInvestigationCommand(AgbCode provider, Seq<SignalId> signals, InvestigationScope scope,
                                       ProviderDeliveryForm deliveryForm) {

  /** The command from raw values, or every missing or malformed field ({@code signals[1]}). */
  public static Either<DomainError, OpenInvestigationCommand> read(String provider, Seq<String> signals,
                                                                   InvestigationScope scope,
                                                                   ProviderDeliveryForm deliveryForm) {
    FieldChecks check = new FieldChecks();
    AgbCode agb = check.valid(AgbCode.validate("provider", provider));
    List<SignalId> ids = List.empty();
    if (signals != null) {
      int i = 0;
      for (String raw : signals) {
        if (!FieldChecks.isUuid(raw)) {
          check.add("signals[" + i + "]", "uuid_format", FieldChecks.UUID_FORMAT);
        } else {
          ids = ids.append(new SignalId(UUID.fromString(raw)));
        }
        i++;
      }
    }
    check.present("scope", scope);
    check.present("deliveryForm", deliveryForm);
    List<SignalId> linked = ids;
    return check.resultFrom(() -> new OpenInvestigationCommand(agb, linked, scope, deliveryForm));
  }
}
