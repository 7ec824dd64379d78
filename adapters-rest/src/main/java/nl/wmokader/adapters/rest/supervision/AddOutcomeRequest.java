package nl.wmokader.adapters.rest.supervision;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.port.in.AddOutcomeCommand;

/**
 * The body of {@code POST /api/v1/investigations/{investigationId}/outcomes}: one outcome, its kind
 * in {@code type}, with exactly the fields of that kind (any other present field is {@code
 * not_allowed}): {@code NO_FINDINGS}; {@code IMPROVEMENT_POINT}, {@code INSTRUCTION}
 * (description, deadline); {@code CLIENT_STOP}, {@code CONTRACT_SUSPENSION} (from, optional until);
 * {@code CONTRACT_TERMINATION} (from); {@code RECOVERY} (parts: municipality and amountCents);
 * {@code FRAUD_REPORT} (reportedTo).
 */
public record AddOutcomeRequest(String type, String description, LocalDate deadline, LocalDate from, LocalDate until,
                                java.util.List<AddOutcomeCommand.PartInput> parts, String reportedTo)
    implements ApiRequest<Function<InvestigationId, AddOutcomeCommand>> {

  @Override
  public Either<DomainError, Function<InvestigationId, AddOutcomeCommand>> toCommand() {
    return AddOutcomeCommand.read(type, description, deadline, from, until, parts == null ? null : List.ofAll(parts),
        reportedTo);
  }
}
