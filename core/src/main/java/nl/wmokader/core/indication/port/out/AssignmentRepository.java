package nl.wmokader.core.indication.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * Stores assignments, deleted ones included. Scope is the use cases' business: the repository sees
 * everything. Lists come in {@link #ORDER}: by validity start, then by identifier in its canonical
 * text form (which is how databases order UUIDs).
 */
public interface AssignmentRepository {

  /** The order of every list this port returns. */
  Comparator<Assignment> ORDER = Comparator.<Assignment, LocalDate>comparing(a -> a.validity().start())
      .thenComparing(a -> a.id().value().toString());

  Option<Assignment> findById(AssignmentId id);

  /**
   * The assignments among {@code ids} (distinct) that exist, in no particular order: what claim validation
   * reads in one call. The default asks one by one; a database adapter answers in one query.
   */
  default Seq<Assignment> findByIds(io.vavr.collection.Traversable<AssignmentId> ids) {
    return ids.toList().flatMap(this::findById);
  }

  /**
   * The assignments of {@code municipality} (responsible for them) among {@code numbers} (distinct)
   * that exist, in no particular order: how a claim naming iWmo numbers finds its assignments, in
   * one call whatever its size.
   */
  Seq<Assignment> findByNumbers(MunicipalityCode municipality, io.vavr.collection.Traversable<AssignmentNumber> numbers);

  /**
   * The next number of {@code municipality}'s sequence, greater than every number it gave before
   * and every number stored for that municipality (also numbers a caller chose): none when no
   * number up to {@link AssignmentNumber#MAX} is left. Numbers taken and not stored are gaps, never
   * given twice.
   */
  Option<AssignmentNumber> nextNumber(MunicipalityCode municipality);

  /** Every assignment the filter matches, in {@link #ORDER}. */
  Seq<Assignment> find(AssignmentFilter filter);

  /** One page of what the filter matches, in {@link #ORDER}, with the total count. */
  Page<Assignment> findPage(AssignmentFilter filter, PageRequest page);

  default Seq<Assignment> findByClient(Bsn client) {
    return find(AssignmentFilter.all().withClient(client));
  }

  default Seq<Assignment> findByProvider(AgbCode provider) {
    return find(AssignmentFilter.all().withProvider(provider));
  }

  default Seq<Assignment> findByIndication(IndicationId indication) {
    return find(AssignmentFilter.all().withIndication(indication));
  }

  /**
   * Stores {@code assignment} when the stored version equals its version (0: new) and returns the
   * stored copy with the version raised by one; else {@code Left(StaleVersion)}, or
   * {@code Left(Duplicate)} when another assignment of its responsible municipality has its number
   * (a concurrent one included, which may also answer {@code StaleVersion}).
   */
  Either<DomainError, Assignment> save(Assignment assignment);

  /**
   * Stores all of {@code assignments} as {@link #save} would, or none of them: the first stale one
   * answers {@code Left(StaleVersion)} and nothing is written.
   */
  Either<DomainError, Seq<Assignment>> saveAll(Seq<Assignment> assignments);
}
