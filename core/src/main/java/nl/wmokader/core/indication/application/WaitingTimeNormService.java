package nl.wmokader.core.indication.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.port.in.ListContractsQuery;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentOverNorm;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.port.in.ListAssignmentsOverNormQuery;
import nl.wmokader.core.indication.port.in.ListAssignmentsOverNormUseCase;
import nl.wmokader.core.indication.port.out.AssignmentFilter;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * Assignments over the waiting-time norm of their provider's contract. The norms are read through
 * contracting's use case, as the asking actor, so that nobody learns of a contract they may not read.
 */
public final class WaitingTimeNormService implements ListAssignmentsOverNormUseCase {

  private static final Comparator<AssignmentOverNorm> ORDER = Comparator
      .comparing((AssignmentOverNorm o) -> o.provider().value())
      .thenComparing(Comparator.comparingLong(AssignmentOverNorm::daysWaited).reversed())
      .thenComparing(o -> o.assignment().toString());

  private final AssignmentRepository assignments;
  private final ListContractsUseCase contracts;
  private final Clock clock;
  private final AccessPolicy access;

  public WaitingTimeNormService(AssignmentRepository assignments, ListContractsUseCase contracts, Clock clock, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.assignments = requireNonNull(assignments, "assignments");
    this.contracts = requireNonNull(contracts, "contracts");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Either<DomainError, Page<AssignmentOverNorm>> listAssignmentsOverNorm(Actor actor,
                                                                              ListAssignmentsOverNormQuery query) {
    return access.require(actor, "list assignments over the waiting-time norm",
            Actor.Role.REGION, Actor.Role.MUNICIPALITY, Actor.Role.PROVIDER)
        .flatMap(ok -> validate(query))
        .flatMap(q -> {
          AssignmentFilter filter = q.provider().map(AssignmentFilter.all()::withProvider).getOrElse(AssignmentFilter.all());
          Seq<Assignment> candidates = AssignmentServices.scope(actor, filter).map(assignments::find).getOrElse(List.empty())
              .filter(a -> a.status() != AssignmentStatus.DELETED && a.replaces().isEmpty());
          LocalDate today = LocalDate.now(clock);
          return Either.sequenceRight(candidates.groupBy(Assignment::provider).map(perProvider ->
                  contractsOf(actor, perProvider._1).map(cs -> perProvider._2.flatMap(a -> overNorm(a, cs, today)))))
              .map(lists -> Page.of(lists.flatMap(l -> l).toList().sorted(ORDER), q.page()));
        });
  }

  /** The assignment as listed, when its wait so far exceeds the norm of the contract in force on its date. */
  static Option<AssignmentOverNorm> overNorm(Assignment a, Seq<Contract> contractsOfProvider, LocalDate today) {
    boolean stillWaiting = a.deliveryStart().isEmpty() && a.status() == AssignmentStatus.ASSIGNED;
    if (a.deliveryStart().isEmpty() && !stillWaiting) {
      return Option.none();  // ended before delivery started: the wait is over without a start
    }
    long waited = stillWaiting ? Math.max(0, ChronoUnit.DAYS.between(a.assignedOn(), today)) : a.waitingDays().get();
    return contractsOfProvider.find(c -> c.inForceOn(a.assignedOn()))
        .flatMap(c -> c.waitingTimeNorm().filter(norm -> !norm.allows(waited))
            .map(norm -> new AssignmentOverNorm(a.id(), a.provider(), c.id(), a.category(), a.product(), a.assignedOn(),
                a.deliveryStart(), waited, norm.maxDays(), stillWaiting)));
  }

  /** Every contract of {@code provider} the actor may read; none for a provider contracting does not know. */
  private Either<DomainError, Seq<Contract>> contractsOf(Actor actor, AgbCode provider) {
    Seq<Contract> all = List.empty();
    for (int page = 0; ; page++) {
      Either<DomainError, Page<Contract>> read =
          contracts.listContracts(actor, new ListContractsQuery(provider, new PageRequest(page, PageRequest.MAX_SIZE)));
      if (read.isLeft()) {
        return read.getLeft() instanceof CommonError.NotFound ? Either.right(List.empty()) : Either.left(read.getLeft());
      }
      all = all.appendAll(read.get().items());
      if (read.get().items().isEmpty() || all.size() >= read.get().total()) {
        return Either.right(all);
      }
    }
  }

  private static Either<DomainError, ListAssignmentsOverNormQuery> validate(ListAssignmentsOverNormQuery query) {
    if (query == null || query.provider() == null || query.page() == null) {
      return Either.left(InvalidInput.of("query", "required", "give a page, and Option.none() for no provider"));
    }
    return Either.right(query);
  }
}
