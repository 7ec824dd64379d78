package nl.wmokader.core.supervision.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.CalamityId;

/** Stores calamities and violence incidents. Lists come in {@link #ORDER}: occurred on, then identifier. */
public interface CalamityRepository {

  Comparator<Calamity> ORDER = Comparator.comparing(Calamity::occurredOn).thenComparing(c -> c.id().value().toString());

  Option<Calamity> findById(CalamityId id);

  /** The calamities of {@code provider} (every provider's when none), in {@link #ORDER}. */
  Seq<Calamity> find(Option<AgbCode> provider);

  /** Stores {@code calamity} when the stored version equals its version (0: new); the stored copy has it raised by one. */
  Either<DomainError, Calamity> save(Calamity calamity);
}
