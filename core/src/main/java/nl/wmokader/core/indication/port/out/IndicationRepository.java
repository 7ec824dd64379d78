package nl.wmokader.core.indication.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * Stores indications. Scope is the use cases' business: the repository sees everything, and the
 * queries take the scope as a plain filter. Lists are ordered by report date, then by the id's
 * text (which is the unsigned byte order of the UUID, as databases sort it).
 */
public interface IndicationRepository {

  Option<Indication> findById(IndicationId id);

  /** Every indication of {@code client}, in no particular order. */
  Seq<Indication> findByClient(Bsn client);

  /**
   * One page of the cases within {@code municipality}'s view: none is the whole region; some(m)
   * the cases m is responsible for or that are attributed to m.
   */
  Page<Indication> findVisibleTo(Option<MunicipalityCode> municipality, PageRequest page);

  /**
   * Every case within {@code municipality}'s view (as in {@link #findVisibleTo}) with an open step:
   * not decided yet, or with an objection not decided yet.
   */
  Seq<Indication> findOpen(Option<MunicipalityCode> municipality);

  /**
   * Stores {@code indication} when the stored version equals its version (0: new) and returns the
   * stored copy with the version raised by one; else {@code Left(StaleVersion)}.
   */
  Either<DomainError, Indication> save(Indication indication);
}
