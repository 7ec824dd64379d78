package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import nl.wmokader.core.settlement.domain.BudgetStatus;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * One member's year against its budget, as settlement's budget status tells it ({@link BudgetStatus}):
 * the budget (none when not set), what the closed settlement months charged, the forecast for the
 * whole year (closed months' average × 12) and the overspending signal; beside it the same amounts
 * per 1,000 inhabitants, so members of different sizes compare.
 *
 * @param closedMonths the settlement months of the year already closed (12 for a past year)
 * @param inhabitants the member's most recent count on or before 1 January of the year
 * @param perThousand present when the inhabitants are known and more than zero
 */
public record BudgetFigures(int year, MunicipalityCode member, Option<Money> budget, Money spent, int closedMonths,
                            Money forecast, boolean overspending, Option<Long> inhabitants,
                            Option<PerInhabitants> perThousand) {
  public BudgetFigures {
    requireNonNull(member, "member");
    requireNonNull(budget, "budget");
    requireNonNull(spent, "spent");
    requireNonNull(forecast, "forecast");
    requireNonNull(inhabitants, "inhabitants");
    requireNonNull(perThousand, "perThousand");
  }

  /** The budget, the spending and the forecast per 1,000 inhabitants ({@link PerThousand#money}). */
  public record PerInhabitants(Option<Money> budget, Money spent, Money forecast) {
    public PerInhabitants {
      requireNonNull(budget, "budget");
      requireNonNull(spent, "spent");
      requireNonNull(forecast, "forecast");
    }
  }

  /** The figures of a member's budget status, with its inhabitants in the status's year. */
  public static BudgetFigures of(BudgetStatus status, Option<Long> inhabitants) {
    Option<Long> counted = inhabitants.filter(n -> n > 0);
    return new BudgetFigures(status.year(), status.member(), status.budget(), status.spent(), status.closedMonths(),
        status.forecast(), status.overspending(), inhabitants,
        counted.map(n -> new PerInhabitants(status.budget().map(b -> PerThousand.money(b, n)),
            PerThousand.money(status.spent(), n), PerThousand.money(status.forecast(), n))));
  }
}
