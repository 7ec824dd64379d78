package nl.wmokader.core.indication.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.DeliveryForm;

/**
 * What a granting decision is to grant, as submitted (unchecked): the product category and
 * usually a product, the form, the volume ({@code quantity} of {@code unit} per {@code frequency};
 * cents for {@link Unit#EUROS}), the validity, the results to reach and the evaluation date.
 */
public record GrantTerms(ProductCategory category, Option<ProductCode> product, DeliveryForm form,
    long quantity, Unit unit, Frequency frequency, LocalDate validFrom, Option<LocalDate> validUntil,
    Seq<String> goals, LocalDate evaluationDate) {}
