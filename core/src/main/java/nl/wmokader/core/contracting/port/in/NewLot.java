package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;

/**
 * A lot as a command asks for it, not yet validated: the product, its validity inside the
 * contract period and an optional own tariff per unit (none, or a null, means the reference tariff).
 */
public record NewLot(ProductCode product, DateRange validity, Option<Money> tariff) {

  /**
   * The lot from raw values, or null with its errors in {@code check}, each field named after
   * {@code prefix} ({@code lots[0].}): the first round a contract and an added lot share.
   */
  static NewLot read(FieldChecks check, String prefix, String product, LocalDate from, LocalDate until,
                     Long tariffCents) {
    ProductCode code = check.valid(ProductCode.validate(prefix + "product", product));
    DateRange validity = check.valid(DateRange.validate(prefix + "from", from, prefix + "until", Option.of(until)));
    if (tariffCents != null && tariffCents < 0) {
      check.add(prefix + "tariffCents", "negative", "must be 0 or more");
    }
    boolean ok = code != null && validity != null && (tariffCents == null || tariffCents >= 0);
    return ok ? new NewLot(code, validity, Option.of(tariffCents).map(Money::ofCents)) : null;
  }

  /**
   * Adds the errors of {@code lot} to {@code checks}, its fields named after {@code prefix} (none: the
   * lot is {@code lot}): the second round a contract and an added lot share.
   */
  static void check(FieldChecks checks, String prefix, NewLot lot) {
    if (!checks.required(prefix.isEmpty() ? "lot" : prefix.substring(0, prefix.length() - 1), lot)) {
      return;
    }
    checks.required(prefix + "product", lot.product());
    checks.required(prefix + "validity", lot.validity());
    checks.check(lot.tariff() == null || !lot.tariff().exists(t -> t == null || t.isNegative()), prefix + "tariff",
        "negative", "must be 0 or more");
  }
}
