package nl.wmokader.core.indication.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.port.in.GetProviderActivityUseCase;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/** A provider's activity for the region's clients, from its assignments. */
public final class ProviderActivityService implements GetProviderActivityUseCase {

  private final AssignmentRepository assignments;
  private final AccessPolicy access;

  public ProviderActivityService(AssignmentRepository assignments, AccessPolicy access) {
    this.assignments = requireNonNull(assignments, "assignments");
    this.access = requireNonNull(access, "access");
  }

  @Override
  public Either<DomainError, Long> assignmentsReceived(Actor actor, AgbCode provider, int year) {
    return allowed(actor, provider, year)
        .map(ok -> (long) active(provider).count(a -> a.replaces().isEmpty() && a.assignedOn().getYear() == year));
  }

  @Override
  public Either<DomainError, Option<LocalDate>> lastClientDay(Actor actor, AgbCode provider, LocalDate asOf) {
    return allowed(actor, provider, asOf)
        .map(ok -> active(provider)
            .map(Assignment::effectivePeriod)
            .filter(period -> !period.start().isAfter(asOf))
            .map(period -> lastDayUpTo(period, asOf))
            .max());
  }

  /** The region may read it, for a provider, of a {@code when} (a year or a day) that is given. */
  private Either<DomainError, Actor> allowed(Actor actor, AgbCode provider, Object when) {
    return access.require(actor, "read a provider's activity", Actor.Role.REGION)
        .flatMap(ok -> {
          FieldChecks fields = new FieldChecks();
          fields.required("provider", provider);
          fields.required("asOf", when);
          return fields.result(ok);
        });
  }

  /** The provider's assignments but the deleted ones, which never happened for this purpose. */
  private Seq<Assignment> active(AgbCode provider) {
    return assignments.findByProvider(provider).filter(a -> a.status() != AssignmentStatus.DELETED);
  }

  private static LocalDate lastDayUpTo(DateRange period, LocalDate asOf) {
    return period.end().filter(end -> end.isBefore(asOf)).getOrElse(asOf);
  }
}
