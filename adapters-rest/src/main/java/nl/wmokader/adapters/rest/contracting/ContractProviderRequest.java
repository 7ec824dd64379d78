package nl.wmokader.adapters.rest.contracting;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/contracts}: the provider's AGB code, the procurement period
 * {@code from} to {@code until} (absent: open-ended) and the first lots (absent: none).
 */
public record ContractProviderRequest(String provider, LocalDate from, LocalDate until,
                                      java.util.List<ContractProviderCommand.LotInput> lots)
    implements ApiRequest<ContractProviderCommand> {

  @Override
  public Either<DomainError, ContractProviderCommand> toCommand() {
    return ContractProviderCommand.read(provider, from, until, lots == null ? null : List.ofAll(lots));
  }
}
