package nl.wmokader.core.supervision.port.out;

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

/**
 * A minimal test-only {@link CalamityRepository} in memory, for the contract run in core until the
 * real in-memory store (package {@code nl.wmokader.core.inmemory}) takes its place.
 */
final class TestInMemoryCalamityRepository implements CalamityRepository {

  private Map<CalamityId, Calamity> stored = LinkedHashMap.empty();

  @Override
  public synchronized Option<Calamity> findById(CalamityId id) {
    return stored.get(id);
  }

  @Override
  public synchronized Seq<Calamity> find(Option<AgbCode> provider) {
    return stored.values().filter(x -> provider.forAll(x.provider()::equals)).toList().sorted(ORDER);
  }

  @Override
  public synchronized Either<DomainError, Calamity> save(Calamity calamity) {
    long current = stored.get(calamity.id()).map(Calamity::version).getOrElse(0L);
    if (current != calamity.version()) {
      return Either.left(new CommonError.StaleVersion("Calamity", calamity.id().toString(), calamity.version()));
    }
    Calamity saved = calamity.withVersion(calamity.version() + 1);
    stored = stored.put(saved.id(), saved);
    return Either.right(saved);
  }
}
