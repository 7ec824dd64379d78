package nl.wmokader.core.inmemory;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.port.out.InvestigationRepository;

/** Investigations in memory. */
public final class InMemoryInvestigationRepository implements InvestigationRepository {

  private Map<InvestigationId, Investigation> stored = LinkedHashMap.empty();

  @Override
  public synchronized Option<Investigation> findById(InvestigationId id) {
    return stored.get(id);
  }

  @Override
  public synchronized Seq<Investigation> find(Option<AgbCode> provider) {
    return stored.values().filter(x -> provider.forAll(p -> p.equals(x.provider()))).sorted(ORDER).toList();
  }

  @Override
  public synchronized Either<DomainError, Investigation> save(Investigation investigation) {
    long version = findById(investigation.id()).map(Investigation::version).getOrElse(0L);
    if (version != investigation.version()) {
      return Either.left(new CommonError.StaleVersion("Investigation", investigation.id().toString(), investigation.version()));
    }
    Investigation saved = investigation.withVersion(version + 1);
    stored = stored.put(saved.id(), saved);
    return Either.right(saved);
  }
}
