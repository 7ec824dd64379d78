package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.SubmitEvidenceCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/contracts/{contractId}/evidence}: the condition met, a reference
 * to the document, its first valid day and its expiry date (the last valid day; absent: does not expire).
 */
public record EvidenceRequest(String condition, String reference, LocalDate validFrom, LocalDate expiresOn)
    implements ApiRequest<Function<ContractId, SubmitEvidenceCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, SubmitEvidenceCommand>> toCommand() {
    return SubmitEvidenceCommand.read(condition, reference, validFrom, expiresOn).map(command -> command::forContract);
  }
}
