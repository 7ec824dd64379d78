package nl.wmokader.core.monitoring.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.WaitingTimeNorm;
import nl.wmokader.core.contracting.port.in.ListContractsQuery;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
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
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * The monitoring figures, read at the moment of asking: the facts of the filter's months from
 * {@link MonitoringFacts} (two queries), the approved totals from settlement's maintained totals
 * ({@link ApprovedCosts}, one query), the members and their inhabitants from the region, and the
 * waiting-time norms from the contracts of the providers that started delivery in those months (one
 * list per provider, not per assignment). The reference data is read as the region: members,
 * inhabitants and norms are no personal data, and the analyst may not call those use cases itself.
 */
public final class FigureServices implements MonitoringFiguresUseCase {

  private static final Actor REGION = Actor.region();

  private final Option<MonitoringFacts> facts;
  private final ApprovedCosts costs;
  private final GetRegionUseCase region;
  private final ListContractsUseCase contracts;
  private final AccessPolicy access;

  /** @param facts none when the installation keeps no facts: the use case then answers {@code NotKept} */
  public FigureServices(Option<MonitoringFacts> facts, ApprovedCosts costs, GetRegionUseCase region,
                        ListContractsUseCase contracts, AccessPolicy access) {
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
        .flatMap(kept -> context().map(context -> Figures.compute(filter, tables,
            needs(tables, FigureTable::needsAssignments) ? kept.assignments(filter) : List.empty(),
            needs(tables, FigureTable::needsDelivered) ? kept.delivered(filter) : List.empty(),
            needs(tables, FigureTable::needsCosts)
                ? costs.settlementTotals(filter.member(), filter.from(), filter.until()) : List.empty(),
            context)));
  }

  private static boolean needs(java.util.Set<FigureTable> tables, java.util.function.Predicate<FigureTable> need) {
    return tables.stream().anyMatch(need);
  }

  private Either<DomainError, Figures.Context> context() {
    Either<DomainError, Region> read = region.getRegion(REGION);
    Seq<Member> members = read.map(Region::members).getOrElse(List.empty());
    Option<Region> known = read.toOption();
    Map<AgbCode, Seq<Contract>> byProvider = new HashMap<>();
    return Either.right(new Figures.Context(members.map(Member::code),
        (member, year) -> known.flatMap(r -> r.inhabitantsOn(member, LocalDate.of(year, 1, 1)))
            .map(InhabitantCount::inhabitants),
        (provider, date) -> byProvider.computeIfAbsent(provider, this::contractsOf)
            .find(c -> c.inForceOn(date)).flatMap(Contract::waitingTimeNorm).map(WaitingTimeNorm::maxDays)));
  }

  /** Every contract of {@code provider}; none for a provider contracting does not know. */
  private Seq<Contract> contractsOf(AgbCode provider) {
    Seq<Contract> all = List.empty();
    for (int page = 0; ; page++) {
      Either<DomainError, Page<Contract>> read =
          contracts.listContracts(REGION, new ListContractsQuery(provider, new PageRequest(page, PageRequest.MAX_SIZE)));
      if (read.isLeft()) {
        if (read.getLeft() instanceof CommonError.NotFound) {
          return all;
        }
        throw new IllegalStateException("the region could not list contracts: " + read.getLeft().message());
      }
      all = all.appendAll(read.get().items());
      if (read.get().items().isEmpty() || all.size() >= read.get().total()) {
        return all;
      }
    }
  }
}
