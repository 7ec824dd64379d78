package nl.wmokader.adapters.rest.indication;

import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.domain.AssignmentOverNorm;

/**
 * An assignment over its provider's waiting-time norm: how long it waited (or waits still) against
 * the norm of which contract. No client: the assignment id leads to the details.
 */
public record AssignmentOverNormDto(String assignment, String provider, String contract, String category,
                                    String categoryCode, String product, LocalDate assignedOn,
                                    LocalDate deliveryStart, long daysWaited, int normDays, boolean stillWaiting) {

  public static AssignmentOverNormDto from(AssignmentOverNorm o) {
    return new AssignmentOverNormDto(o.assignment().toString(), o.provider().value(), o.contract().toString(),
        o.category().name(), o.category().code(), o.product().map(ProductCode::value).getOrNull(), o.assignedOn(),
        o.deliveryStart().getOrNull(), o.daysWaited(), o.normDays(), o.stillWaiting());
  }
}
