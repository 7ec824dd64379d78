package nl.wmokader.core.inmemory;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.port.out.SignalRepository;

/** Signals in memory. */
public final class InMemorySignalRepository implements SignalRepository {

  private Map<SignalId, Signal> stored = LinkedHashMap.empty();

  @Override
  public synchronized Option<Signal> findById(SignalId id) {
    return stored.get(id);
  }

  @Override
  public synchronized Seq<Signal> find(Option<AgbCode> provider) {
    return stored.values().filter(x -> provider.forAll(p -> p.equals(x.provider()))).sorted(ORDER).toList();
  }

  @Override
  public synchronized Either<DomainError, Signal> save(Signal signal) {
    long version = findById(signal.id()).map(Signal::version).getOrElse(0L);
    if (version != signal.version()) {
      return Either.left(new CommonError.StaleVersion("Signal", signal.id().toString(), signal.version()));
    }
    Signal saved = signal.withVersion(version + 1);
    stored = stored.put(saved.id(), saved);
    return Either.right(saved);
  }
}
