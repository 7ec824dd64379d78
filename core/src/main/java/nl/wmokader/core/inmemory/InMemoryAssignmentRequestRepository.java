package nl.wmokader.core.inmemory;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.indication.domain.AssignmentRequestId;
import nl.wmokader.core.indication.port.out.AssignmentRequestFilter;
import nl.wmokader.core.indication.port.out.AssignmentRequestRepository;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/** Providers' requests in memory. */
public final class InMemoryAssignmentRequestRepository implements AssignmentRequestRepository {

  private Map<AssignmentRequestId, AssignmentRequest> stored = LinkedHashMap.empty();

  @Override
  public synchronized Option<AssignmentRequest> findById(AssignmentRequestId id) {
    return stored.get(id);
  }

  @Override
  public synchronized Page<AssignmentRequest> findPage(AssignmentRequestFilter filter, PageRequest page) {
    return Page.of(stored.values().filter(filter::matches).sorted(ORDER).toList(), page);
  }

  /** Every stored request, in {@link #ORDER}: for tests that look at what was stored. */
  public synchronized Seq<AssignmentRequest> all() {
    return stored.values().sorted(ORDER).toList();
  }

  @Override
  public synchronized Either<DomainError, AssignmentRequest> save(AssignmentRequest request) {
    long version = findById(request.id()).map(AssignmentRequest::version).getOrElse(0L);
    if (version != request.version()) {
      return Either.left(new CommonError.StaleVersion("AssignmentRequest", request.id().toString(), request.version()));
    }
    boolean taken = stored.values().exists(r -> !r.id().equals(request.id()) && r.provider().equals(request.provider())
        && r.reference().equals(request.reference()));
    if (taken) {
      return Either.left(new CommonError.Duplicate("AssignmentRequest", request.reference().value()));
    }
    AssignmentRequest saved = request.withVersion(version + 1);
    stored = stored.put(saved.id(), saved);
    return Either.right(saved);
  }
}
