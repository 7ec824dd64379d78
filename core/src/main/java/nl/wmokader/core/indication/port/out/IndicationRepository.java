package nl.wmokader.core.indication.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;

/** Stores indications. Scope is the use cases' business: the repository sees everything. */
public interface IndicationRepository {

  Option<Indication> findById(IndicationId id);

  /** Every indication of {@code client}, in no particular order. */
  Seq<Indication> findByClient(Bsn client);

  /**
   * Stores {@code indication} when the stored version equals its version (0: new) and returns the
   * stored copy with the version raised by one; else {@code Left(StaleVersion)}.
   */
  Either<DomainError, Indication> save(Indication indication);
}
