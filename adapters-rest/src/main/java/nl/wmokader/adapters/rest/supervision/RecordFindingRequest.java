package nl.wmokader.adapters.rest.supervision;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.supervision.port.in.RecordFindingCommand;

/** The body of {@code POST /api/v1/investigations/{investigationId}/findings}; a second finding on a norm revises the first. */
public record RecordFindingRequest(String normCode, String normName, Verdict verdict, String note)
    implements ApiRequest<Function<InvestigationId, RecordFindingCommand>> {

  @Override
  public Either<DomainError, Function<InvestigationId, RecordFindingCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    check.presentText("normCode", normCode);
    check.presentText("normName", normName);
    check.present("verdict", verdict);
    String remark = note == null ? "" : note;
    return check.resultFrom(() -> id -> new RecordFindingCommand(id, normCode, normName, verdict, remark));
  }
}
