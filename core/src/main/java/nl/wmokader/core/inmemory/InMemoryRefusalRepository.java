package nl.wmokader.core.inmemory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.obligations.domain.RefusalId;
import nl.wmokader.core.obligations.port.out.RefusalRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/** Refusals in memory. */
public final class InMemoryRefusalRepository implements RefusalRepository {

  private static final Comparator<Refusal> BY_DATE_THEN_ID =
      Comparator.comparing(Refusal::refusedOn).thenComparing(r -> r.id().value().toString());  // unsigned, as SQL orders UUIDs

  private Map<RefusalId, Refusal> byId = HashMap.empty();

  @Override
  public synchronized Option<Refusal> findById(RefusalId id) {
    return byId.get(id);
  }

  @Override
  public synchronized Seq<Refusal> findByProviderAndYear(AgbCode provider, int year) {
    return byId.values()
        .filter(r -> r.provider().equals(provider) && r.refusedOn().getYear() == year)
        .toList()
        .sorted(BY_DATE_THEN_ID);
  }

  @Override
  public synchronized Either<DomainError, Refusal> save(Refusal refusal) {
    long current = byId.get(refusal.id()).map(Refusal::version).getOrElse(0L);
    if (refusal.version() != current) {
      return Either.left(new CommonError.StaleVersion("Refusal", refusal.id().toString(), refusal.version()));
    }
    Refusal stored = refusal.withVersion(current + 1);
    byId = byId.put(stored.id(), stored);
    return Either.right(stored);
  }

  /** Everything stored, for tests. */
  public synchronized Seq<Refusal> all() {
    return byId.values().toList();
  }
}
