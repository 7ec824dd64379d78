package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.FieldCheck;
import nl.wmokader.core.shared.DomainError;
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
    FieldCheck check = new FieldCheck();
    check.required("from", from);
    if (check.required("tariffCents", tariffCents) != null && tariffCents < 0) {
      check.error("tariffCents", "negative", "must be 0 or more");
    }
    return check.result(() -> new Checked(from, Money.ofCents(tariffCents)));
  }
}
