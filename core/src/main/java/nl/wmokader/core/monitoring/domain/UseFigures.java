package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Map;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.StopReason;

/**
 * Use in one cell (month, member, provider, category, product). Counts of assignments and clients,
 * never who: a count of 1 is shown (see {@link MonitoringFigures} on why that identifies nobody).
 *
 * @param clientsWithSupport distinct clients with an assignment of this cell in delivery on at least
 *     one day of the month: from the reported start to the reported stop, or without a stop to the
 *     end of the validity (see {@link AssignmentFact#delivery})
 * @param newAssignments assignments of this cell issued (assignment date) in the month, a
 *     replacement after a change of volume included
 * @param endedAssignments assignments of this cell whose delivery stopped (last day of delivery) in the month
 * @param endedByReason the same by iWmo stop reason (only reasons that occur)
 * @param assigned the volume of the assignments in force on a day of the month (validity, cut at a
 *     stop), summed per unit and frequency as assigned; time in minutes
 * @param delivered the approved claimed volume of lines whose period lies in the month, per unit;
 *     time in minutes. Units never mix: euros, pieces and minutes stay apart
 */
public record UseFigures(FigureKey key, long clientsWithSupport, long newAssignments, long endedAssignments,
                         Map<StopReason, Long> endedByReason, Map<AssignedUnit, Long> assigned,
                         Map<Unit, Long> delivered) {
  public UseFigures {
    requireNonNull(key, "key");
    requireNonNull(endedByReason, "endedByReason");
    requireNonNull(assigned, "assigned");
    requireNonNull(delivered, "delivered");
  }

  /** A unit and frequency of an assigned volume (hours counted as minutes). */
  public record AssignedUnit(Unit unit, nl.wmokader.core.catalogue.domain.Frequency per) {
    public AssignedUnit {
      requireNonNull(unit, "unit");
      requireNonNull(per, "per");
    }
  }
}
