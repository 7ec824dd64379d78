package nl.wmokader.adapters.rest.obligations;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.obligations.port.in.ReportSpendingCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/providers/{agbCode}/spending-reports}: the year, the kind of
 * spending, the amount in euro cents (not negative) and what it was spent on.
 */
public record SpendingReportRequest(Integer year, SpendingKind kind, Long amountCents, String description)
    implements ApiRequest<Function<AgbCode, ReportSpendingCommand>> {

  @Override
  public Either<DomainError, Function<AgbCode, ReportSpendingCommand>> toCommand() {
    return ReportSpendingCommand.read(year, kind, amountCents, description);
  }
}
