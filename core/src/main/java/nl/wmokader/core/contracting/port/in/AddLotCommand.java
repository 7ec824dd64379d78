package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Option;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;

/** Adds a lot of {@code product} over {@code validity}, at an own tariff per unit or (none) the reference tariff. */
public record AddLotCommand(ContractId contract, ProductCode product, DateRange validity, Option<Money> tariff) {

  public NewLot lot() {
    return new NewLot(product, validity, tariff);
  }
}
