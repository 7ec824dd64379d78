package nl.wmokader.core;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.obligations.port.out.ProviderActivity;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;

/**
 * Contracting's {@link ProviderActivity}, answered from indication's assignments: the composition
 * that lets an upstream subdomain learn downstream facts without importing them. Deleted
 * assignments never happened for this purpose, and a replacement after a change of volume is the
 * same client, not a new one.
 */
final class AssignmentProviderActivity implements ProviderActivity {

  private final AssignmentRepository assignments;

  AssignmentProviderActivity(AssignmentRepository assignments) {
    this.assignments = requireNonNull(assignments, "assignments");
  }

  @Override
  public long assignmentsReceived(AgbCode provider, int year) {
    return active(provider).count(a -> a.replaces().isEmpty() && a.assignedOn().getYear() == year);
  }

  @Override
  public Option<LocalDate> lastClientDay(AgbCode provider, LocalDate asOf) {
    return active(provider)
        .map(Assignment::effectivePeriod)
        .filter(period -> !period.start().isAfter(asOf))
        .map(period -> lastDayUpTo(period, asOf))
        .max();
  }

  private Seq<Assignment> active(AgbCode provider) {
    return assignments.findByProvider(provider).filter(a -> a.status() != AssignmentStatus.DELETED);
  }

  private static LocalDate lastDayUpTo(DateRange period, LocalDate asOf) {
    return period.end().filter(end -> end.isBefore(asOf)).getOrElse(asOf);
  }
}
