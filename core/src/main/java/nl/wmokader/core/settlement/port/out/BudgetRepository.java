package nl.wmokader.core.settlement.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.settlement.domain.Budget;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/** Stores each member's budget per year. */
public interface BudgetRepository {

  Option<Budget> find(MunicipalityCode member, int year);

  /** Whether a budget of {@code member} is stored for any year. */
  boolean holdsAny(MunicipalityCode member);

  /**
   * Stores {@code budget} when the stored version equals its version (0: new) and returns it with
   * the version raised by one; else {@code Left(StaleVersion)}.
   */
  Either<DomainError, Budget> save(Budget budget);
}
