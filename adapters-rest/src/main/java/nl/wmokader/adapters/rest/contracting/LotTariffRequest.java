package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;

/**
 * The body of {@code POST /api/v1/contracts/{contractId}/lots/{productCode}/tariffs}: the own tariff
 * per unit in cents and its first day (it holds to the lot's end).
 */
public record LotTariffRequest(LocalDate from, Long tariffCents) implements ApiRequest<LotTariffRequest.Checked> {

  /** The checked body. */
  public record Checked(LocalDate from, Money tariff) {}

  @Override
  public Either<DomainError, Checked> toCommand() {
    FieldChecks check = new FieldChecks();
    check.present("from", from);
    if (check.present("tariffCents", tariffCents) != null && tariffCents < 0) {
      check.add("tariffCents", "negative", "must be 0 or more");
    }
    return check.resultFrom(() -> new Checked(from, Money.ofCents(tariffCents)));
  }
}
