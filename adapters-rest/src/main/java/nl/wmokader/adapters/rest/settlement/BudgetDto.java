package nl.wmokader.adapters.rest.settlement;

import nl.wmokader.core.settlement.domain.Budget;

/** A member's budget of a year, with the version a next change must name. */
public record BudgetDto(String municipality, int year, long amountCents, long version) {

  public static BudgetDto from(Budget b) {
    return new BudgetDto(b.member().value(), b.year(), b.amount().cents(), b.version());
  }
}
