package nl.wmokader.core.monitoring.port.out;

import io.vavr.collection.Seq;
import nl.wmokader.core.monitoring.domain.AssignmentFact;
import nl.wmokader.core.monitoring.domain.DeliveredVolume;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.RecoveredTotal;

/**
 * The facts the monitoring figures are computed from, read at the moment of the question (no
 * nightly copy): coarse queries per question, never one per assignment. A database adapter
 * answers each with one statement over indexed tables: the first a range scan of assignments, the
 * second a read of totals it raises in the transaction that saves a claim (the JDBC adapter: per
 * month, member, provider, category, product and unit, ADR 17), so that its cost does not grow with
 * the number of claim lines. Cost comes from settlement's maintained totals ({@link ApprovedCosts}),
 * not from here.
 *
 * <p>Each answer may hold more than the filter wants (the figures filter again), never less.
 */
public interface MonitoringFacts {

  /**
   * Every assignment that is not deleted, of the filter's member, provider, category and product,
   * that was issued in the filter's months or whose validity (cut at its stop) touches a day from
   * the day before the first month to the day after the last: one {@link AssignmentFact} each, its
   * client a pseudonym of this answer (the same client the same number; no BSN).
   */
  Seq<AssignmentFact> assignments(FigureFilter filter);

  /**
   * The approved claimed volume, per month of the lines' period in the filter's months and per
   * member, provider, category, product and unit: the active debits (approved, not credited) of the
   * assignments of the filter's dimensions, summed; hours as minutes.
   */
  Seq<DeliveredVolume> delivered(FigureFilter filter);

  /**
   * The recoveries registered for a settlement month of the filter's months, of its member and
   * provider, summed per month, member and provider; none when the filter names a category or
   * product ({@link FigureFilter#matchesRecovery}: a recovery has neither). Read from the
   * recoveries' store at the moment of asking, by the months (an indexed range), not whole.
   */
  Seq<RecoveredTotal> recovered(FigureFilter filter);
}
