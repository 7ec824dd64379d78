package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import javax.sql.DataSource;
import nl.wmokader.core.settlement.domain.Budget;
import nl.wmokader.core.settlement.port.out.BudgetRepository;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/** {@link BudgetRepository} on JDBC: a versioned row per member and year in {@code wmo_budget}. */
public final class JdbcBudgetRepository implements BudgetRepository {

  private final Jdbc jdbc;

  public JdbcBudgetRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Budget> find(MunicipalityCode member, int year) {
    return jdbc.read(c -> Jdbc.queryFirst(c, "SELECT member, budget_year, amount_cents, version FROM wmo_budget"
            + " WHERE member = ? AND budget_year = ?",
        rs -> new Budget(MunicipalityCode.of(rs.getString("member")), rs.getInt("budget_year"),
            Money.ofCents(rs.getLong("amount_cents")), rs.getLong("version")),
        member.value(), year));
  }

  @Override
  public boolean holdsAny(MunicipalityCode member) {
    return jdbc.read(c -> Jdbc.queryFirst(c, "SELECT 1 AS one FROM wmo_budget WHERE member = ? LIMIT 1",
        rs -> rs.getInt("one"), member.value())).isDefined();
  }

  @Override
  public Either<DomainError, Budget> save(Budget budget) {
    DomainError stale = new CommonError.StaleVersion("Budget", budget.member().value() + "/" + budget.year(),
        budget.version());
    return jdbc.change(c -> {
      long next = budget.version() + 1;
      int rows = budget.version() == 0
          ? Jdbc.update(c, "INSERT INTO wmo_budget (member, budget_year, amount_cents, version) VALUES (?, ?, ?, ?)",
              budget.member().value(), budget.year(), budget.amount().cents(), next)
          : Jdbc.update(c, "UPDATE wmo_budget SET amount_cents = ?, version = ? WHERE member = ? AND budget_year = ?"
                  + " AND version = ?",
              budget.amount().cents(), next, budget.member().value(), budget.year(), budget.version());
      return rows == 1
          ? Either.right(new Budget(budget.member(), budget.year(), budget.amount(), next))
          : Either.left(stale);
    }, () -> stale);
  }
}
