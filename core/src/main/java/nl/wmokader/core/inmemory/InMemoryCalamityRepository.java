package nl.wmokader.core.inmemory;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.CalamityId;
import nl.wmokader.core.supervision.port.out.CalamityRepository;

/** Calamitys in memory. */
public final class InMemoryCalamityRepository implements CalamityRepository {

  private Map<CalamityId, Calamity> stored = LinkedHashMap.empty();

  @Override
  public synchronized Option<Calamity> findById(CalamityId id) {
    return stored.get(id);
  }

  @Override
  public synchronized Seq<Calamity> find(Option<AgbCode> provider) {
    return stored.values().filter(x -> provider.forAll(p -> p.equals(x.provider()))).sorted(ORDER).toList();
  }

  @Override
  public synchronized Either<DomainError, Calamity> save(Calamity calamity) {
    long version = findById(calamity.id()).map(Calamity::version).getOrElse(0L);
    if (version != calamity.version()) {
      return Either.left(new CommonError.StaleVersion("Calamity", calamity.id().toString(), calamity.version()));
    }
    Calamity saved = calamity.withVersion(version + 1);
    stored = stored.put(saved.id(), saved);
    return Either.right(saved);
  }
}
