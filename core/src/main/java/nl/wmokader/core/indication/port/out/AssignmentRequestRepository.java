package nl.wmokader.core.indication.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.indication.domain.AssignmentRequestId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * Stores providers' requests (iWmo 315/317) with their answers. Scope is the use cases' business:
 * the repository sees everything. Lists come in {@link #ORDER}: by the day received, then by
 * identifier in its canonical text form (which is how databases order UUIDs).
 */
public interface AssignmentRequestRepository {

  /** The order of every list this port returns. */
  Comparator<AssignmentRequest> ORDER = Comparator.<AssignmentRequest, LocalDate>comparing(AssignmentRequest::receivedOn)
      .thenComparing(r -> r.id().value().toString());

  Option<AssignmentRequest> findById(AssignmentRequestId id);

  /** One page of what the filter matches, in {@link #ORDER}, with the total count. */
  Page<AssignmentRequest> findPage(AssignmentRequestFilter filter, PageRequest page);

  /**
   * Stores {@code request} when the stored version equals its version (0: new) and returns the stored
   * copy with the version raised by one; else {@code Left(StaleVersion)}, or {@code Left(Duplicate)}
   * when another request of the same provider has its reference (a concurrent one included, which
   * may also answer {@code StaleVersion}).
   */
  Either<DomainError, AssignmentRequest> save(AssignmentRequest request);
}
