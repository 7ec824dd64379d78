package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The approved lines of one settlement month charged to one member, for one provider and product:
 * debits and credits summed apart (both not negative). No personal data.
 *
 * @param month the month the claims were answered in (not the claim month, nor the periods: a late
 *     claim counts when it is approved, so a closed month never changes)
 * @param product absent for lines on a generic (budget) assignment
 */
public record SettlementTotal(YearMonth month, MunicipalityCode member, AgbCode provider, ProductCategory category,
                              Option<ProductCode> product, Money debits, Money credits, long lines) {
  public SettlementTotal {
    requireNonNull(month, "month");
    requireNonNull(member, "member");
    requireNonNull(provider, "provider");
    requireNonNull(category, "category");
    requireNonNull(product, "product");
    requireNonNull(debits, "debits");
    requireNonNull(credits, "credits");
    if (debits.isNegative() || credits.isNegative() || lines < 0) {
      throw new IllegalArgumentException("totals are not negative");
    }
  }

  /** Debits minus credits. */
  public Money net() {
    return debits.minus(credits);
  }
}
