package nl.wmokader.adapters.rest.contracting;

import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.DeliveryRight;

/**
 * That a provider may get a new assignment of a product on {@code date}: the contract and the lot's
 * validity that say so, and the tariff per unit in cents in force that day (the lot's own, else the
 * reference tariff).
 */
public record DeliveryRightDto(String provider, String product, LocalDate date, String contractId, LocalDate lotFrom,
    LocalDate lotUntil, long tariffCents) {

  public static DeliveryRightDto from(DeliveryRight right, LocalDate date) {
    return new DeliveryRightDto(right.provider().value(), right.product().value(), date, right.contract().toString(),
        right.lotValidity().start(), right.lotValidity().end().getOrNull(), right.tariff().cents());
  }
}
