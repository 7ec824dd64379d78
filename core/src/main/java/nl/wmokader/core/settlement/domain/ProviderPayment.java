package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;

/** What the central municipality pays one provider for a settlement month: approved net minus recoveries (negative: the provider owes). */
public record ProviderPayment(AgbCode provider, Money approved, Money recovered) {
  public ProviderPayment {
    requireNonNull(provider, "provider");
    requireNonNull(approved, "approved");
    requireNonNull(recovered, "recovered");
  }

  public Money payable() {
    return approved.minus(recovered);
  }
}
