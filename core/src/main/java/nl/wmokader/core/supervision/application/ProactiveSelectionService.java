package nl.wmokader.core.supervision.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.port.in.ListContractsQuery;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.contracting.port.in.ListProvidersUseCase;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.indication.port.in.ListAssignmentsUseCase;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Commands;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.ProactiveSelection;
import nl.wmokader.core.supervision.domain.SelectionCandidate;
import nl.wmokader.core.supervision.domain.SelectionResult;
import nl.wmokader.core.supervision.domain.SelectionTerms;
import nl.wmokader.core.supervision.port.in.SelectProactiveCommand;
import nl.wmokader.core.supervision.port.in.SelectProactiveUseCase;
import nl.wmokader.core.supervision.port.out.InvestigationRepository;
import nl.wmokader.core.supervision.port.out.ProviderTurnover;
import nl.wmokader.core.supervision.port.out.SignalRepository;

/**
 * The yearly proactive selection over the contracted population: builds each provider's
 * {@link SelectionCandidate} from contracting's and indication's use cases, a provider's turnover
 * (the composition answers it from settlement's claims) and supervision's own stores, and lets
 * {@link ProactiveSelection} choose.
 */
public final class ProactiveSelectionService implements SelectProactiveUseCase {

  private final ListProvidersUseCase providers;
  private final ListContractsUseCase contracts;
  private final ListAssignmentsUseCase assignments;
  private final ProviderTurnover turnover;
  private final SignalRepository signals;
  private final InvestigationRepository investigations;
  private final SelectionTerms terms;
  private final AccessPolicy access;
  private final Clock clock;

  public ProactiveSelectionService(ListProvidersUseCase providers, ListContractsUseCase contracts,
                                   ListAssignmentsUseCase assignments, ProviderTurnover turnover, SignalRepository signals,
                                   InvestigationRepository investigations, SelectionTerms terms, Clock clock, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.providers = requireNonNull(providers, "providers");
    this.contracts = requireNonNull(contracts, "contracts");
    this.assignments = requireNonNull(assignments, "assignments");
    this.turnover = requireNonNull(turnover, "turnover");
    this.signals = requireNonNull(signals, "signals");
    this.investigations = requireNonNull(investigations, "investigations");
    this.terms = requireNonNull(terms, "terms");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Either<DomainError, SelectionResult> selectProactive(Actor actor, SelectProactiveCommand command) {
    return access.require(actor, "select proactive investigations", Actor.Role.REGION, Actor.Role.SUPERVISOR)
        .flatMap(a -> Commands.checked("selection", command, c -> c.validated()))
        .flatMap(c -> {
          LocalDate asOf = c.asOf() == null ? LocalDate.now(clock) : c.asOf();
          return candidates(asOf).flatMap(all -> ProactiveSelection.select(all, terms, asOf, c.seed()).mapLeft(e -> e));
        });
  }

  private Either<DomainError, Seq<SelectionCandidate>> candidates(LocalDate asOf) {
    Actor region = Actor.region();
    DateRange pastYear = DateRange.of(asOf.minusYears(1).plusDays(1), asOf);
    return Page.all(page -> providers.listProviders(region, page))
        .flatMap(all -> {
          Seq<SelectionCandidate> candidates = List.empty();
          for (Provider provider : all) {
            Either<DomainError, Seq<Contract>> its = Page.all(page -> contracts.listContracts(region,
                new ListContractsQuery(provider.agb(), page)));
            if (its.isLeft()) {
              return Either.left(its.getLeft());
            }
            // Applications never admitted do not make a provider part of the contracted population.
            Seq<Contract> held = its.get().filter(k -> k.status() != ContractStatus.APPLIED
                && k.status() != ContractStatus.ADMITTED && k.lifecycleStatus() != ContractStatus.APPLIED
                && k.lifecycleStatus() != ContractStatus.ADMITTED);
            if (held.isEmpty()) {
              continue;
            }
            Either<DomainError, Seq<Assignment>> served = Page.all(page -> assignments.listAssignments(region,
                new ListAssignmentsQuery(Option.none(), Option.some(provider.agb()), Option.none(), Option.none(), page)));
            if (served.isLeft()) {
              return Either.left(served.getLeft());
            }
            boolean active = held.exists(k -> k.status() == ContractStatus.ACTIVE && k.inForceOn(asOf));
            LocalDate activeSince = held.map(k -> k.period().start()).min().get();
            int signalCount = signals.find(Option.some(provider.agb())).count(s -> pastYear.contains(s.receivedOn()));
            int clients = served.get().filter(a -> a.status() != AssignmentStatus.DELETED && a.validity().overlaps(pastYear))
                .map(Assignment::client).distinct().size();
            Option<LocalDate> last = investigations.find(Option.some(provider.agb())).map(Investigation::openedOn)
                .filter(d -> !d.isAfter(asOf)).max();
            candidates = candidates.append(new SelectionCandidate(provider.agb(), active, activeSince, signalCount,
                turnover.of(provider.agb(), asOf.getYear() - 1).max(Money.ZERO), clients, last));
          }
          return Either.right(candidates);
        });
  }
}
