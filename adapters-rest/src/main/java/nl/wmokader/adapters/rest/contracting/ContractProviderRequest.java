package nl.wmokader.adapters.rest.contracting;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/contracts}: the provider's AGB code, the procurement period
 * {@code from} to {@code until} (absent: open-ended) and the first lots (absent: none).
 */
public record ContractProviderRequest(String provider, LocalDate from, LocalDate until, java.util.List<LotRequest> lots)
    implements ApiRequest<ContractProviderCommand> {

  @Override
  public Either<DomainError, ContractProviderCommand> toCommand() {
    FieldChecks check = new FieldChecks();
    AgbCode agb = check.valid(AgbCode.validate("provider", provider));
    DateRange period = check.valid(DateRange.validate("from", from, "until", Option.of(until)));
    List<NewLot> parsed = List.empty();
    if (lots != null) {
      for (int i = 0; i < lots.size(); i++) {
        String at = "lots[" + i + "]";
        LotRequest lot = check.present(at, lots.get(i));
        NewLot checked = lot == null ? null : lot.check(check, at + ".");
        if (checked != null) {
          parsed = parsed.append(checked);
        }
      }
    }
    List<NewLot> all = parsed;
    return check.resultFrom(() -> new ContractProviderCommand(agb, period, all));
  }
}
