package nl.wmokader.core.obligations.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.contracting.port.in.ListContractsQuery;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.contracting.port.in.ListProvidersUseCase;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.Page;

/**
 * What the obligations read of contracting, through contracting's use cases as the region reads
 * them (every provider, every contract): obligations keep no copy of providers or contracts and
 * never read contracting's stores.
 */
final class ContractingFacts {
  private static final Actor REGION = Actor.region();

  private final GetProviderUseCase provider;
  private final ListProvidersUseCase providers;
  private final ListContractsUseCase contracts;

  ContractingFacts(GetProviderUseCase provider, ListProvidersUseCase providers, ListContractsUseCase contracts) {
    this.provider = requireNonNull(provider, "provider");
    this.providers = requireNonNull(providers, "providers");
    this.contracts = requireNonNull(contracts, "contracts");
  }

  /** Whether {@code agb} is a registered provider. */
  boolean registered(AgbCode agb) {
    return provider.getProvider(REGION, agb).fold(e -> {
      if (e.kind() == ErrorKind.NOT_FOUND) {
        return false;
      }
      throw new IllegalStateException("contracting refused the region a provider: " + e.code());
    }, p -> true);
  }

  /** Every contract of {@code agb} (none for a provider not registered). */
  Seq<Contract> contractsOf(AgbCode agb) {
    Either<DomainError, Seq<Contract>> all = Page.all(page -> contracts.listContracts(REGION,
        new ListContractsQuery(agb, page)));
    if (all.isLeft() && all.getLeft().kind() == ErrorKind.NOT_FOUND) {
      return List.empty();
    }
    return all.getOrElseThrow(e ->
        new IllegalStateException("contracting refused the region a provider's contracts: " + e.code()));
  }

  /** Every registered provider. */
  Seq<Provider> providers() {
    return Page.all(page -> providers.listProviders(REGION, page)).getOrElseThrow(e ->
        new IllegalStateException("contracting refused the region its providers: " + e.code()));
  }
}
