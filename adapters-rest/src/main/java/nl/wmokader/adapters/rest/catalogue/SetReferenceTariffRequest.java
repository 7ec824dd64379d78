package nl.wmokader.adapters.rest.catalogue;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;

/**
 * The body of {@code POST /api/v1/products/{productCode}/reference-tariffs}: the tariff per unit in
 * cents (0 or more) from {@code from} to {@code until} (absent: open-ended).
 */
public record SetReferenceTariffRequest(Long tariffCents, LocalDate from, LocalDate until)
    implements ApiRequest<Function<ProductCode, SetReferenceTariffCommand>> {

  @Override
  public Either<DomainError, Function<ProductCode, SetReferenceTariffCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    if (check.present("tariffCents", tariffCents) != null && tariffCents < 0) {
      check.add("tariffCents", "negative", "must be 0 or more");
    }
    check.valid(DateRange.validate("from", from, "until", Option.of(until)));
    return check.resultFrom(() -> code -> new SetReferenceTariffCommand(code, Money.ofCents(tariffCents), from,
        Option.of(until)));
  }
}
