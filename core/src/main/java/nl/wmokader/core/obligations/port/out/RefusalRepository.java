package nl.wmokader.core.obligations.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.obligations.domain.RefusalId;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;

/** Stores the refusals providers record for the acceptance duty. Scope is the use cases' business. */
public interface RefusalRepository {

  Option<Refusal> findById(RefusalId id);

  /** The refusals of {@code provider} dated in {@code year}, ordered by date, then id. */
  Seq<Refusal> findByProviderAndYear(AgbCode provider, int year);

  /**
   * Stores {@code refusal} when the stored version equals its version (0: new) and returns the
   * stored copy with the version raised by one; else {@code Left(StaleVersion)}.
   */
  Either<DomainError, Refusal> save(Refusal refusal);
}
