package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/** One member's part of a shared cost, in whole cents. */
public record CostShare(MunicipalityCode member, Money amount) {
  public CostShare {
    requireNonNull(member, "member");
    requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("a cost share is never negative");
    }
  }
}
