package nl.wmokader.adapters.rest.settlement;

import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.settlement.port.in.AllocateCostsCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/cost-allocations}, mapped onto {@link AllocateCostsCommand#read}
 * (the key's type, which fields it may carry, month and code formats); what is required and in range
 * is the use case's to say. Field names in both are these JSON paths.
 */
public record CostAllocationRequest(String purpose, Long totalCents, AllocateCostsCommand.RawKey key)
    implements ApiRequest<AllocateCostsCommand> {

  @Override
  public Either<DomainError, AllocateCostsCommand> toCommand() {
    return AllocateCostsCommand.read(purpose, totalCents, key);
  }
}
