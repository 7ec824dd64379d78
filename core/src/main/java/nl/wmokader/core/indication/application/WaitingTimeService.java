package nl.wmokader.core.indication.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.WaitingTime;
import nl.wmokader.core.indication.domain.WaitingTimeSummary;
import nl.wmokader.core.indication.port.in.ListWaitingTimesQuery;
import nl.wmokader.core.indication.port.in.ListWaitingTimesUseCase;
import nl.wmokader.core.indication.port.out.AssignmentFilter;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;

/** Waiting times per provider and product over the started assignments the actor may see. */
public final class WaitingTimeService implements ListWaitingTimesUseCase {

  /** Within a summary, in the order delivery started (ties by id, for a stable answer). */
  private static final Comparator<Assignment> BY_START =
      Comparator.comparing((Assignment a) -> a.deliveryStart().get()).thenComparing(a -> a.id().value());

  private static final Comparator<WaitingTimeSummary> ORDER = Comparator
      .comparing((WaitingTimeSummary s) -> s.provider().value())
      .thenComparing(WaitingTimeSummary::category)
      .thenComparing(s -> s.product().map(p -> p.value()).getOrElse(""));

  private final AssignmentRepository assignments;
  private final AccessPolicy access;

  public WaitingTimeService(AssignmentRepository assignments, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.assignments = requireNonNull(assignments, "assignments");
  }

  @Override
  public Either<DomainError, Seq<WaitingTimeSummary>> listWaitingTimes(Actor actor, ListWaitingTimesQuery query) {
    return access.require(actor, "list waiting times", Actor.Role.REGION, Actor.Role.MUNICIPALITY, Actor.Role.PROVIDER)
        .flatMap(ok -> query == null || query.provider() == null || query.product() == null || query.startedWithin() == null
            ? Either.<DomainError, ListWaitingTimesQuery>left(
                InvalidInput.of("query", "required", "give Option.none() for an absent criterion"))
            : Either.<DomainError, ListWaitingTimesQuery>right(query))
        .map(q -> {
          AssignmentFilter filter = q.provider().map(AssignmentFilter.all()::withProvider).getOrElse(AssignmentFilter.all());
          Option<AssignmentFilter> scoped = AssignmentServices.scope(actor, filter);
          Seq<Assignment> counted = scoped.map(assignments::find).getOrElse(List.empty())
              .filter(a -> a.status() != AssignmentStatus.DELETED && a.replaces().isEmpty() && a.deliveryStart().isDefined())
              .filter(a -> q.product().forAll(p -> a.product().contains(p)))
              .filter(a -> q.startedWithin().forAll(r -> r.contains(a.deliveryStart().get())));
          return counted
              .groupBy(a -> List.of(a.provider(), a.category(), a.product()))
              .values()
              .map(group -> new WaitingTimeSummary(group.head().provider(), group.head().category(), group.head().product(),
                  group.sorted(BY_START).flatMap(WaitingTime::of)))
              .toList()
              .sorted(ORDER);
        });
  }
}
