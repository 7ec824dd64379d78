package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A member's year against its budget: what was charged per closed settlement month so far, the total,
 * and a forecast for the whole year (the closed months' average times twelve, rounded half up; the
 * open-ended Wmo makes early signals worth more than precision). {@code overspending} when the
 * forecast exceeds the budget by more than the margin.
 *
 * @param budgetVersion the budget's version, for setting it again (0: none set)
 * @param closedMonths the settlement months of the year before the current one (all twelve for a past year)
 */
public record BudgetStatus(MunicipalityCode member, int year, Option<Money> budget, long budgetVersion,
                           Seq<MonthSpending> months,
                           int closedMonths, Money spent, Money forecast, long marginBasisPoints,
                           boolean overspending) {

  /** What one settlement month charged the member. */
  public record MonthSpending(YearMonth month, Money amount) {}

  public BudgetStatus {
    requireNonNull(member, "member");
    requireNonNull(budget, "budget");
    requireNonNull(months, "months");
    requireNonNull(spent, "spent");
    requireNonNull(forecast, "forecast");
  }

  /**
   * The status from the charges of the closed months: forecast = spent × 12 / closed months (spent
   * when none is closed yet), overspending when forecast × 10,000 > budget × (10,000 + margin).
   */
  public static BudgetStatus of(MunicipalityCode member, int year, Option<Budget> stored, Seq<MonthSpending> months,
                                int closedMonths, BudgetTerms terms) {
    Option<Money> budget = stored.map(Budget::amount);
    Money spent = months.foldLeft(Money.ZERO, (sum, m) -> sum.plus(m.amount()));
    Money forecast = closedMonths == 0 ? spent : spent.timesFraction(12, closedMonths);
    boolean over = budget.exists(b -> java.math.BigInteger.valueOf(forecast.cents()).multiply(java.math.BigInteger.valueOf(10_000))
        .compareTo(java.math.BigInteger.valueOf(b.cents()).multiply(java.math.BigInteger.valueOf(10_000 + terms.marginBasisPoints()))) > 0);
    return new BudgetStatus(member, year, budget, stored.map(Budget::version).getOrElse(0L), months, closedMonths, spent, forecast, terms.marginBasisPoints(), over);
  }
}
