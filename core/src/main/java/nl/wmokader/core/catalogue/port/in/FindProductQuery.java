package nl.wmokader.core.catalogue.port.in;

import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;

/** The version of product {@code code} valid on {@code asOf}. */
public record FindProductQuery(ProductCode code, LocalDate asOf) {}
