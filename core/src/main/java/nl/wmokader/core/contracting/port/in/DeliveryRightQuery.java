package nl.wmokader.core.contracting.port.in;

import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;

/** May {@code provider} deliver {@code product} on {@code date}? */
public record DeliveryRightQuery(AgbCode provider, ProductCode product, LocalDate date) {}
