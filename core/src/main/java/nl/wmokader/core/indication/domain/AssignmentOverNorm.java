package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.AgbCode;

/**
 * An assignment whose wait for the start of delivery exceeds the waiting-time norm of its
 * provider's contract ({@code contract}, in force on the assignment date). Without the client: the
 * list serves contract management; the assignment id leads to the details for those who may see them.
 *
 * @param daysWaited days from issue to the start of delivery, or to today while still waiting
 * @param normDays the contract's maximum
 * @param stillWaiting true while delivery has not started (and the assignment has not ended)
 */
public record AssignmentOverNorm(AssignmentId assignment, AgbCode provider, ContractId contract,
                                 ProductCategory category, Option<ProductCode> product, LocalDate assignedOn,
                                 Option<LocalDate> deliveryStart, long daysWaited, int normDays,
                                 boolean stillWaiting) {
  public AssignmentOverNorm {
    requireNonNull(assignment, "assignment");
    requireNonNull(provider, "provider");
    requireNonNull(contract, "contract");
    requireNonNull(category, "category");
    requireNonNull(product, "product");
    requireNonNull(assignedOn, "assignedOn");
    requireNonNull(deliveryStart, "deliveryStart");
    if (daysWaited <= normDays) {
      throw new IllegalArgumentException("not over the norm");
    }
    if (stillWaiting == deliveryStart.isDefined()) {
      throw new IllegalArgumentException("still waiting exactly when delivery has not started");
    }
  }
}
