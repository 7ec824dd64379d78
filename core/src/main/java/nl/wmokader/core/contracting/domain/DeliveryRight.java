package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;

/**
 * That a provider may deliver a product: the contract and lot that say so, the lot's validity and
 * the tariff in force on the date asked about (the lot's own tariff, else the catalogue's reference
 * tariff).
 */
public record DeliveryRight(ContractId contract, AgbCode provider, ProductCode product, DateRange lotValidity, Money tariff) {
  public DeliveryRight {
    requireNonNull(contract, "contract");
    requireNonNull(provider, "provider");
    requireNonNull(product, "product");
    requireNonNull(lotValidity, "lotValidity");
    requireNonNull(tariff, "tariff");
  }
}
