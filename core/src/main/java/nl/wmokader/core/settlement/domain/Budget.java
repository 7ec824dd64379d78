package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/** What a member municipality budgeted for Wmo provisions bought through the region in one year. */
public record Budget(MunicipalityCode member, int year, Money amount, long version) {
  public Budget {
    requireNonNull(member, "member");
    requireNonNull(amount, "amount");
    if (amount.isNegative() || version < 0) {
      throw new IllegalArgumentException("a budget and its version are not negative");
    }
  }

  public Budget withAmount(Money newAmount) {
    return new Budget(member, year, newAmount, version);
  }
}
