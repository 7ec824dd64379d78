package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;

/**
 * A lot as a body gives it: the product code, its validity {@code from} to {@code until} (absent:
 * open-ended) and an own tariff per unit in cents (absent: the reference tariff).
 */
public record LotRequest(String product, LocalDate from, LocalDate until, Long tariffCents) {

  /** The lot, or null with its errors (field names prefixed by {@code prefix}, e.g. {@code lots[0].}) in {@code check}. */
  NewLot check(FieldChecks check, String prefix) {
    ProductCode code = check.valid(ProductCode.validate(prefix + "product", product));
    DateRange validity = check.valid(DateRange.validate(prefix + "from", from, prefix + "until", Option.of(until)));
    if (tariffCents != null && tariffCents < 0) {
      check.add(prefix + "tariffCents", "negative", "must be 0 or more");
    }
    boolean ok = code != null && validity != null && (tariffCents == null || tariffCents >= 0);
    return ok ? new NewLot(code, validity, Option.of(tariffCents).map(Money::ofCents)) : null;
  }
}
