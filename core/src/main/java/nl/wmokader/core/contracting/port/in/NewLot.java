package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Option;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;

/**
 * A lot as a command asks for it, not yet validated: the product, its validity inside the
 * contract period and an optional own tariff per unit (none, or a null, means the reference tariff).
 */
public record NewLot(ProductCode product, DateRange validity, Option<Money> tariff) {}
