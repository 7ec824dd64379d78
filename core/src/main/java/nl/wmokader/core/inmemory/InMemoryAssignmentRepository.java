package nl.wmokader.core.inmemory;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.port.out.AssignmentFilter;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/** Assignments in memory. */
public final class InMemoryAssignmentRepository implements AssignmentRepository {

  private Map<AssignmentId, Assignment> byId = HashMap.empty();

  @Override
  public synchronized Option<Assignment> findById(AssignmentId id) {
    return byId.get(id);
  }

  @Override
  public synchronized Seq<Assignment> findByIds(io.vavr.collection.Set<AssignmentId> ids) {
    return ids.toList().flatMap(byId::get);
  }

  @Override
  public synchronized Seq<Assignment> find(AssignmentFilter filter) {
    return byId.values().filter(filter::matches).toList().sorted(ORDER);
  }

  @Override
  public synchronized Page<Assignment> findPage(AssignmentFilter filter, PageRequest page) {
    return Page.of(find(filter), page);
  }

  @Override
  public synchronized Either<DomainError, Assignment> save(Assignment assignment) {
    return saveAll(List.of(assignment)).map(Seq::head);
  }

  @Override
  public synchronized Either<DomainError, Seq<Assignment>> saveAll(Seq<Assignment> assignments) {
    Option<Assignment> stale = assignments.find(a -> a.version() != byId.get(a.id()).map(Assignment::version).getOrElse(0L));
    if (stale.isDefined()) {
      return Either.left(new CommonError.StaleVersion("Assignment", stale.get().id().toString(), stale.get().version()));
    }
    Seq<Assignment> stored = assignments.map(a -> a.withVersion(a.version() + 1));
    stored.forEach(a -> byId = byId.put(a.id(), a));
    return Either.right(stored.toList());
  }

  /** Everything stored, for tests and read models. */
  public synchronized Seq<Assignment> all() {
    return byId.values().toList().sorted(ORDER);
  }
}
