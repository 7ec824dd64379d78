package nl.wmokader.adapters.rest.obligations;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.obligations.port.in.ReportSpendingCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;

/**
 * The body of {@code POST /api/v1/providers/{agbCode}/spending-reports}: the year, the kind of
 * spending, the amount in euro cents (not negative) and what it was spent on.
 */
public record SpendingReportRequest(Integer year, SpendingKind kind, Long amountCents, String description)
    implements ApiRequest<Function<AgbCode, ReportSpendingCommand>> {

  @Override
  public Either<DomainError, Function<AgbCode, ReportSpendingCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    check.present("year", year);
    check.present("kind", kind);
    if (check.present("amountCents", amountCents) != null && amountCents < 0) {
      check.add("amountCents", "negative", "must be 0 or more");
    }
    return check.resultFrom(() -> agb -> new ReportSpendingCommand(agb, year, kind, Money.ofCents(amountCents),
        Option.of(description)));
  }
}
