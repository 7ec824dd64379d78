package nl.wmokader.core.contracting.port.in;

import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.IndexationRate;

/** Indexes the own tariff of the lot of {@code product} that covers {@code from} by {@code rate}, from that day on. */
public record IndexTariffCommand(ContractId contract, ProductCode product, LocalDate from, IndexationRate rate) {}
