package nl.wmokader.adapters.rest.settlement;

import java.util.List;
import nl.wmokader.core.settlement.domain.BudgetStatus;
import nl.wmokader.core.shared.Money;

/**
 * A member's year against its budget as of today: what each closed settlement month charged, the sum,
 * the forecast for the year and whether it exceeds the budget by more than the margin
 * ({@code marginBasisPoints}, 100 = 1%). {@code budgetCents} is absent when no budget was set;
 * {@code budgetVersion} is the version to set it again with (0: none set).
 */
public record BudgetStatusDto(String municipality, int year, Long budgetCents, long budgetVersion, List<MonthDto> months,
                              int closedMonths, long spentCents, long forecastCents, long marginBasisPoints,
                              boolean overspending) {

  public static BudgetStatusDto from(BudgetStatus s) {
    return new BudgetStatusDto(s.member().value(), s.year(), s.budget().map(Money::cents).getOrNull(), s.budgetVersion(),
        s.months().map(m -> new MonthDto(m.month().toString(), m.amount().cents())).toJavaList(), s.closedMonths(),
        s.spent().cents(), s.forecast().cents(), s.marginBasisPoints(), s.overspending());
  }

  /** What one closed settlement month charged the member. */
  public record MonthDto(String month, long amountCents) {}
}
