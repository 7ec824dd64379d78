package nl.wmokader.adapters.rest.contracting;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.BiFunction;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ClaimMomentKind;
import nl.wmokader.core.contracting.domain.ClaimPeriod;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.SetClaimMomentsCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code PUT /api/v1/contracts/{contractId}/lots/{productCode}/claim-moments}: a day the
 * lot covers ({@code date}: which lot of the product), the kind, and the period ({@code PER_PERIOD})
 * or the milestones ({@code PER_MILESTONE}).
 */
public record ClaimMomentsRequest(LocalDate date, ClaimMomentKind kind, ClaimPeriod period, java.util.List<String> milestones)
    implements ApiRequest<BiFunction<ContractId, ProductCode, SetClaimMomentsCommand>> {

  @Override
  public Either<DomainError, BiFunction<ContractId, ProductCode, SetClaimMomentsCommand>> toCommand() {
    return SetClaimMomentsCommand.read(date, kind, period, milestones == null ? null : List.ofAll(milestones))
        .map(command -> command::forLot);
  }
}
