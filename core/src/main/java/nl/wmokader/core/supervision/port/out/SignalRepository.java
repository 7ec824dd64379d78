package nl.wmokader.core.supervision.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalId;

/** Stores signals. Lists come in {@link #ORDER}: received on, then identifier. */
public interface SignalRepository {

  Comparator<Signal> ORDER = Comparator.comparing(Signal::receivedOn).thenComparing(s -> s.id().value().toString());

  Option<Signal> findById(SignalId id);

  /** The signals about {@code provider} (every provider's when none), in {@link #ORDER}. */
  Seq<Signal> find(Option<AgbCode> provider);

  /** Stores {@code signal} when the stored version equals its version (0: new); the stored copy has it raised by one. */
  Either<DomainError, Signal> save(Signal signal);
}
