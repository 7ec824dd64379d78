package nl.wmokader.core.catalogue.port.in;

import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;

/** The region's reference tariff of product {@code code} in force on {@code asOf}. */
public record ReferenceTariffQuery(ProductCode code, LocalDate asOf) {}
