package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.Money;

/** The reference tariff per unit of product {@code code} from {@code from} to {@code until} (none: open-ended). */
public record SetReferenceTariffCommand(ProductCode code, Money perUnit, LocalDate from, Option<LocalDate> until) {}
