package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;

/**
 * An own tariff per unit for the lot of {@code product} that covers {@code from}, from that day to the
 * lot's end. Made from raw values by {@link #read} and {@link #forLot}; {@link #validated} is the second
 * round the use case applies after access.
 */
public record SetLotTariffCommand(ContractId contract, ProductCode product, LocalDate from, Money tariff) {

  /**
   * The command from raw values, for the lot {@link #forLot} names: the tariff's first day and the tariff
   * per unit in cents; or every missing field and a negative tariff.
   */
  public static Either<DomainError, SetLotTariffCommand> read(LocalDate from, Long tariffCents) {
    FieldChecks check = new FieldChecks();
    check.present("from", from);
    if (check.present("tariffCents", tariffCents) != null && tariffCents < 0) {
      check.add("tariffCents", "negative", "must be 0 or more");
    }
    return check.resultFrom(() -> new SetLotTariffCommand(null, null, from, Money.ofCents(tariffCents)));
  }

  /**
   * This command for the lot of {@code product} in {@code contract}: a caller names the lot apart from
   * the tariff (REST: in the path).
   */
  public SetLotTariffCommand forLot(ContractId contract, ProductCode product) {
    return new SetLotTariffCommand(contract, product, from, tariff);
  }

  /** This command when every field is present and the tariff not negative. */
  public Either<DomainError, SetLotTariffCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    checks.required("product", product);
    checks.required("from", from);
    if (checks.required("tariff", tariff)) {
      checks.check(!tariff.isNegative(), "tariff", "negative", "must be 0 or more");
    }
    return checks.result(this);
  }
}
