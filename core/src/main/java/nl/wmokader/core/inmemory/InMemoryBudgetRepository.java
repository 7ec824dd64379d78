package nl.wmokader.core.inmemory;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.settlement.domain.Budget;
import nl.wmokader.core.settlement.port.out.BudgetRepository;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/** Budgets in memory. */
public final class InMemoryBudgetRepository implements BudgetRepository {

  private Map<Tuple2<MunicipalityCode, Integer>, Budget> budgets = HashMap.empty();

  @Override
  public synchronized Option<Budget> find(MunicipalityCode member, int year) {
    return budgets.get(Tuple.of(member, year));
  }

  @Override
  public synchronized boolean holdsAny(MunicipalityCode member) {
    return budgets.keySet().exists(key -> key._1.equals(member));
  }

  @Override
  public synchronized Either<DomainError, Budget> save(Budget budget) {
    long stored = find(budget.member(), budget.year()).map(Budget::version).getOrElse(0L);
    if (stored != budget.version()) {
      return Either.left(new CommonError.StaleVersion("Budget", budget.member().value() + "/" + budget.year(), budget.version()));
    }
    Budget saved = new Budget(budget.member(), budget.year(), budget.amount(), budget.version() + 1);
    budgets = budgets.put(Tuple.of(budget.member(), budget.year()), saved);
    return Either.right(saved);
  }
}
