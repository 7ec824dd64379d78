package nl.wmokader.core.monitoring.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import nl.wmokader.core.monitoring.domain.BudgetFigures;
import nl.wmokader.core.monitoring.domain.ComplianceFigures;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.SupervisionFigures;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * The figures beside use and cost that a regional dashboard shows: each member's budget, spending
 * and forecast, and per provider what supervision saw and how its obligations stand. Aggregates
 * only, so the region's staff, every member and the analysts read them, for every member and
 * provider; providers and supervisors do not (they have their own resources).
 */
public interface OversightFiguresUseCase {

  /**
   * Every member's budget status for each calendar year the filter's months touch (by year, then
   * member code), as of the clock; the filter's member, when given, narrows to that member.
   *
   * @return the rows, or {@code Forbidden}, {@code InvalidInput} (no filter)
   */
  Either<DomainError, Seq<BudgetFigures>> budgetFigures(Actor actor, FigureFilter filter);

  /**
   * Per provider the signals received, calamities occurred and investigations opened in the
   * filter's months (the filter's provider, when given, narrows; member, category and product do
   * not apply).
   */
  Either<DomainError, Seq<SupervisionFigures>> supervisionFigures(Actor actor, FigureFilter filter);

  /**
   * The status of each obligation of every registered provider (or the filter's provider) for each
   * calendar year the filter's months touch, as of the clock; a provider without a contract in a
   * year has no row for it. By provider, then year.
   */
  Either<DomainError, Seq<ComplianceFigures>> complianceFigures(Actor actor, FigureFilter filter);
}
