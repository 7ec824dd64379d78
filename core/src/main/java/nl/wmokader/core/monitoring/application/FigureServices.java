package nl.wmokader.core.monitoring.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.WaitingTimeNorm;
import nl.wmokader.core.contracting.port.in.FindContractsUseCase;
import nl.wmokader.core.monitoring.domain.AssignmentFact;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.FigureTable;
import nl.wmokader.core.monitoring.domain.Figures;
import nl.wmokader.core.monitoring.domain.FiguresError;
import nl.wmokader.core.monitoring.domain.MonitoringFigures;
import nl.wmokader.core.monitoring.port.in.MonitoringFiguresUseCase;
import nl.wmokader.core.monitoring.port.out.ApprovedCosts;
import nl.wmokader.core.monitoring.port.out.MonitoringFacts;
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;

/**
 * The monitoring figures, read at the moment of asking: the facts of the filter's months from
 * {@link MonitoringFacts} (assignments and delivered volume, and the months' recoveries for cost),
 * the approved totals from settlement's maintained totals ({@link ApprovedCosts}, one query), the members and their inhabitants from the region, and the
 * waiting-time norms from the contracts of the providers of the facts (one read for all of them, and
 * only for the waiting times). The reference data is read as the region: members,
 * inhabitants and norms are no personal data, and the analyst may not call those use cases itself.
 */
public final class FigureServices implements MonitoringFiguresUseCase {

  private static final Actor REGION = Actor.region();

  private final Option<MonitoringFacts> facts;
  private final ApprovedCosts costs;
  private final GetRegionUseCase region;
  private final FindContractsUseCase contracts;
  private final AccessPolicy access;

  /** @param facts none when the installation keeps no facts: the use case then answers {@code NotKept} */
  public FigureServices(Option<MonitoringFacts> facts, ApprovedCosts costs, GetRegionUseCase region,
                        FindContractsUseCase contracts, AccessPolicy access) {
    this.facts = requireNonNull(facts, "facts");
    this.costs = requireNonNull(costs, "costs");
    this.region = requireNonNull(region, "region");
    this.contracts = requireNonNull(contracts, "contracts");
    this.access = requireNonNull(access, "access");
  }

  @Override
  public Either<DomainError, MonitoringFigures> monitoringFigures(Actor actor, FigureFilter filter) {
    return monitoringFigures(actor, filter, java.util.EnumSet.allOf(FigureTable.class));
  }

  @Override
  public Either<DomainError, MonitoringFigures> monitoringFigures(Actor actor, FigureFilter filter,
                                                                  java.util.Set<FigureTable> tables) {
    return access.require(actor, "read the monitoring figures", Actor.Role.REGION, Actor.Role.MUNICIPALITY,
            Actor.Role.ANALYST)
        .flatMap(ok -> facts.<DomainError>toEither(FiguresError.NotKept::new))
        .flatMap(kept -> filter == null || tables == null
            ? Either.left(InvalidInput.of(filter == null ? "filter" : "tables", "required", "is required"))
            : Either.right(kept))
        .flatMap(kept -> {
          Seq<AssignmentFact> assignments =
              needs(tables, FigureTable::needsAssignments) ? kept.assignments(filter) : List.empty();
          // the norms only for waiting times, for every provider of the facts in one read
          Set<AgbCode> providers = tables.contains(FigureTable.WAITING_TIMES)
              ? HashSet.ofAll(assignments.map(AssignmentFact::provider)) : HashSet.empty();
          return context(providers).map(context -> Figures.compute(filter, tables, assignments,
              needs(tables, FigureTable::needsDelivered) ? kept.delivered(filter) : List.empty(),
              needs(tables, FigureTable::needsCosts)
                  ? costs.settlementTotals(filter.member(), filter.from(), filter.until()) : List.empty(),
              needs(tables, FigureTable::needsCosts) ? kept.recovered(filter) : List.empty(),
              context));
        });
  }

  private static boolean needs(java.util.Set<FigureTable> tables, java.util.function.Predicate<FigureTable> need) {
    return tables.stream().anyMatch(need);
  }

  private Either<DomainError, Figures.Context> context(Set<AgbCode> providers) {
    Either<DomainError, Region> read = region.getRegion(REGION);
    Seq<Member> members = read.map(Region::members).getOrElse(List.empty());
    Option<Region> known = read.toOption();
    Either<DomainError, Seq<Contract>> found = providers.isEmpty() ? Either.right(List.empty())
        : contracts.findContracts(REGION, providers);
    if (found.isLeft()) {
      return Either.left(found.getLeft());
    }
    io.vavr.collection.Map<AgbCode, ? extends Seq<Contract>> byProvider = found.get().groupBy(Contract::provider);
    return Either.right(new Figures.Context(members.map(Member::code),
        (member, year) -> known.flatMap(r -> r.inhabitantsOn(member, LocalDate.of(year, 1, 1)))
            .map(InhabitantCount::inhabitants),
        (provider, date) -> byProvider.get(provider).flatMap(cs -> cs.find(c -> c.inForceOn(date)))
            .flatMap(Contract::waitingTimeNorm).map(WaitingTimeNorm::maxDays)));
  }
}
