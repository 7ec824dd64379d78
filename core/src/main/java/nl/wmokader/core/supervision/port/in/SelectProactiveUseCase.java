package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.SelectionResult;

/**
 * Chooses the year's proactive investigations under the configured {@code SelectionTerms}: the
 * region's staff and supervisors. Candidates are the registered providers with a contract; a
 * provider is active when a contract of it is ACTIVE and in force on {@code asOf}; its risk
 * factors are the signals received in the year before {@code asOf}, its turnover in the previous
 * calendar year, and its clients (assignments not deleted, valid some day of the year before
 * {@code asOf}); its last investigation is the latest opened on or before {@code asOf}. Nothing
 * is stored: the region opens the investigations it selected.
 */
public interface SelectProactiveUseCase {
  /** @return the selection, or {@code Forbidden}, {@code InvalidInput} (no seed) */
  Either<DomainError, SelectionResult> selectProactive(Actor actor, SelectProactiveCommand command);
}
