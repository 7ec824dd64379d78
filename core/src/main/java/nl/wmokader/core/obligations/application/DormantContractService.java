package nl.wmokader.core.obligations.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.contracting.port.in.ListProvidersUseCase;
import nl.wmokader.core.obligations.domain.DormantContract;
import nl.wmokader.core.obligations.domain.ObligationTerms;
import nl.wmokader.core.obligations.port.in.ListDormantContractsQuery;
import nl.wmokader.core.obligations.port.in.ListDormantContractsUseCase;
import nl.wmokader.core.obligations.port.out.ProviderActivity;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Page;

/**
 * Lists dormant contracts (slapende contracten) for clean-up. Walks every registered provider and
 * its contracts through the contracting ports, a page of providers at a time: the contract port
 * has no query for the contracts in force on a date yet, which would spare the walk.
 */
public final class DormantContractService implements ListDormantContractsUseCase {

  private final ContractingFacts contracting;
  private final ProviderActivity activity;
  private final ObligationTerms terms;
  private final Clock clock;
  private final AccessPolicy access;

  public DormantContractService(GetProviderUseCase provider, ListProvidersUseCase providers,
      ListContractsUseCase contracts, ProviderActivity activity, ObligationTerms terms, Clock clock, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.contracting = new ContractingFacts(provider, providers, contracts);
    this.activity = requireNonNull(activity, "activity");
    this.terms = requireNonNull(terms, "terms");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Either<DomainError, Page<DormantContract>> listDormantContracts(Actor actor, ListDormantContractsQuery query) {
    return access.require(actor, "list dormant contracts", Actor.Role.REGION, Actor.Role.MUNICIPALITY, Actor.Role.SUPERVISOR)
        .flatMap(ok -> {
          FieldChecks checks = new FieldChecks();
          if (checks.required("query", query)) {
            checks.required("page", query.page());
          }
          return checks.result(query);
        })
        .map(q -> Page.of(all(LocalDate.now(clock)), q.page()));
  }

  /** Every dormant contract on {@code today}, by provider (AGB code), then period start, then id. */
  private Seq<DormantContract> all(LocalDate today) {
    return contracting.providers().flatMap(provider -> {
      Seq<Contract> own = contracting.contractsOf(provider.agb());
      return own.exists(c -> c.inForceOn(today))
          ? DormantContract.among(own, activity.lastClientDay(provider.agb(), today), terms.dormancyMonths(), today)
          : List.<DormantContract>empty();
    });
  }
}
