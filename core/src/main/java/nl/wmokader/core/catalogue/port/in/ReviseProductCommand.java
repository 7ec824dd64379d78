package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;

/**
 * A new version of product {@code code} from {@code from} to {@code until} (none: open-ended).
 * {@code category}, when given, must be the code's category: a code never changes category.
 */
public record ReviseProductCommand(
    ProductCode code,
    Option<ProductCategory> category,
    String name,
    Unit unit,
    ExecutionVariant variant,
    Option<Frequency> frequency,
    LocalDate from,
    Option<LocalDate> until) {}
