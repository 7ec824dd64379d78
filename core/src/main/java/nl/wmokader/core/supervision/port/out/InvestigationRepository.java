package nl.wmokader.core.supervision.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationId;

/** Stores investigations with their findings and outcomes. Lists come in {@link #ORDER}: opened on, then identifier. */
public interface InvestigationRepository {

  Comparator<Investigation> ORDER = Comparator.comparing(Investigation::openedOn)
      .thenComparing(i -> i.id().value().toString());

  Option<Investigation> findById(InvestigationId id);

  /** The investigations of {@code provider} (every provider's when none), in {@link #ORDER}. */
  Seq<Investigation> find(Option<AgbCode> provider);

  /**
   * Stores {@code investigation} when the stored version equals its version (0: new); the stored
   * copy has it raised by one; else {@code Left(StaleVersion)}.
   */
  Either<DomainError, Investigation> save(Investigation investigation);
}
