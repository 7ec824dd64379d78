package nl.wmokader.core.contracting.port.in;

import io.vavr.collection.Seq;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;

/**
 * A provider applies for admission (open house) for {@code products} (at least one, each once) in
 * a procurement {@code period}. Each product becomes a lot over the whole period at the reference
 * tariff: under open house every admitted provider gets the same terms; own tariffs are the region's
 * later decision.
 */
public record ApplyForAdmissionCommand(AgbCode provider, DateRange period, Seq<ProductCode> products) {}
