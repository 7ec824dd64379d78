package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The approved lines of one settlement month charged to one member for one provider, over all its
 * categories and products: the {@link SettlementTotal}s of that member and provider added up, which
 * is all the central payment needs. Debits and credits apart (both not negative). No personal data.
 */
public record SettlementSum(YearMonth month, MunicipalityCode member, AgbCode provider, Money debits, Money credits,
                            long lines) {
  public SettlementSum {
    requireNonNull(month, "month");
    requireNonNull(member, "member");
    requireNonNull(provider, "provider");
    requireNonNull(debits, "debits");
    requireNonNull(credits, "credits");
    if (debits.isNegative() || credits.isNegative() || lines < 0) {
      throw new IllegalArgumentException("sums are not negative");
    }
  }

  /** Debits minus credits. */
  public Money net() {
    return debits.minus(credits);
  }
}
