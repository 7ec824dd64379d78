package nl.wmokader.core.inmemory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/** Indications in memory. */
public final class InMemoryIndicationRepository implements IndicationRepository {

  private Map<IndicationId, Indication> byId = HashMap.empty();

  @Override
  public synchronized Option<Indication> findById(IndicationId id) {
    return byId.get(id);
  }

  @Override
  public synchronized Seq<Indication> findByClient(Bsn client) {
    return byId.values().filter(i -> i.client().equals(client)).toList();
  }

  @Override
  public synchronized Either<DomainError, Indication> save(Indication indication) {
    long current = byId.get(indication.id()).map(Indication::version).getOrElse(0L);
    if (indication.version() != current) {
      return Either.left(new CommonError.StaleVersion("Indication", indication.id().toString(), indication.version()));
    }
    Indication stored = indication.withVersion(current + 1);
    byId = byId.put(stored.id(), stored);
    return Either.right(stored);
  }

  /** Everything stored, for tests and read models. */
  public synchronized Seq<Indication> all() {
    return byId.values().toList();
  }
}
