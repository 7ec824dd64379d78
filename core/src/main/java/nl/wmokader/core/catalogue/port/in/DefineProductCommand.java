package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A new product code with its first version, valid from {@code from} to {@code until} (none:
 * open-ended); {@code localTo} names the member of a member-local product (none: regional).
 */
public record DefineProductCommand(
    ProductCode code,
    ProductCategory category,
    String name,
    Unit unit,
    ExecutionVariant variant,
    Option<Frequency> frequency,
    LocalDate from,
    Option<LocalDate> until,
    Option<MunicipalityCode> localTo) {}
