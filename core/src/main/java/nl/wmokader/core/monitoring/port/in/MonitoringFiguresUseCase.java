package nl.wmokader.core.monitoring.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.FigureTable;
import nl.wmokader.core.monitoring.domain.MonitoringFigures;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * The monitoring figures (use, cost, flows, durations, waiting times, member benchmarks) for a
 * filter, computed from the facts as they are at the moment of asking. For the region's staff, every
 * member's staff and the analysts: the figures carry no personal data (see
 * {@link MonitoringFigures}), so every member sees every member's figures. Providers and supervisors
 * are refused.
 */
public interface MonitoringFiguresUseCase {
  /**
   * @return the figures, or {@code Forbidden} (providers, supervisors), {@code InvalidInput} (no
   *     filter), {@code FiguresError.NotKept} (no facts were given to the facade)
   */
  Either<DomainError, MonitoringFigures> monitoringFigures(Actor actor, FigureFilter filter);

  /**
   * As {@link #monitoringFigures(Actor, FigureFilter)}, computing only {@code tables} from only
   * the facts they need: the other tables of the answer are empty. A dashboard asks for one table
   * at a time.
   */
  Either<DomainError, MonitoringFigures> monitoringFigures(Actor actor, FigureFilter filter,
                                                           java.util.Set<FigureTable> tables);
}
