package nl.wmokader.core.contracting.port.in;

import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.Money;

/** An own tariff per unit for the lot of {@code product} that covers {@code from}, from that day to the lot's end. */
public record SetLotTariffCommand(ContractId contract, ProductCode product, LocalDate from, Money tariff) {}
