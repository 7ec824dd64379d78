package nl.wmokader.core.inmemory;

import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/** Providers in memory, ordered by AGB code. */
public final class InMemoryProviderRepository implements ProviderRepository {

  private SortedMap<AgbCode, Provider> byAgb = TreeMap.empty();

  @Override
  public synchronized Option<Provider> findByAgb(AgbCode agb) {
    return byAgb.get(agb);
  }

  @Override
  public synchronized Page<Provider> findAll(PageRequest page) {
    return Page.of(byAgb.values().toList(), page);
  }

  @Override
  public synchronized Either<DomainError, Provider> save(Provider provider) {
    Option<Provider> current = byAgb.get(provider.agb());
    if (provider.version() == 0 && current.isDefined()) {
      return Either.left(new CommonError.Duplicate("Provider", provider.agb().value()));
    }
    long currentVersion = current.map(Provider::version).getOrElse(0L);
    if (provider.version() != currentVersion) {
      return Either.left(new CommonError.StaleVersion("Provider", provider.agb().value(), provider.version()));
    }
    Provider stored = provider.withVersion(currentVersion + 1);
    byAgb = byAgb.put(stored.agb(), stored);
    return Either.right(stored);
  }
}
