package nl.wmokader.core.contracting.port.in;

import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.shared.AgbCode;

/** May {@code provider} deliver some product of {@code category} on {@code date}? */
public record CategoryRightQuery(AgbCode provider, ProductCategory category, LocalDate date) {}
