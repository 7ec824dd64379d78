package nl.wmokader.adapters.rest.supervision;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.supervision.port.in.RecordFindingCommand;

/** The body of {@code POST /api/v1/investigations/{investigationId}/findings}; a second finding on a norm revises the first. */
public record RecordFindingRequest(String normCode, String normName, Verdict verdict, String note)
    implements ApiRequest<Function<InvestigationId, RecordFindingCommand>> {

  @Override
  public Either<DomainError, Function<InvestigationId, RecordFindingCommand>> toCommand() {
    return RecordFindingCommand.read(normCode, normName, verdict, note);
  }
}
