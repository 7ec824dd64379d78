package nl.wmokader.core.settlement.port.in;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCategory;

/**
 * A household as input to the personal contribution; components may be null (checked by the use
 * case). Personal data: never logged, never echoed in an error.
 *
 * @param partnerStatePensionDate when the partner reaches state-pension age; null without a partner
 *     (or one who reached it long ago)
 */
public record HouseholdInput(UUID id, LocalDate clientBirthDate, LocalDate partnerStatePensionDate,
                             Seq<ProvisionInput> provisions) {

  /** One provision: its category and the days of support ({@code end} null while it lasts). */
  public record ProvisionInput(ProductCategory category, LocalDate start, LocalDate end) {}
}
