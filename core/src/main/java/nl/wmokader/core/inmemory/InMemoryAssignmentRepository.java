package nl.wmokader.core.inmemory;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.port.out.AssignmentFilter;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/** Assignments in memory. */
public final class InMemoryAssignmentRepository implements AssignmentRepository {

  /** A plain map under the lock: claims look their assignments up here, thousands at a time. */
  /** Reads share it, writes hold it alone: claims of two providers read their assignments side by side. */
  private final StoreLock lock = new StoreLock();
  private final java.util.Map<AssignmentId, Assignment> byId = new java.util.HashMap<>();
  /** Assignments by client and by provider: issuing one checks the client's, so that is never a scan. */
  private Map<Bsn, Set<AssignmentId>> byClient = HashMap.empty();
  private Map<AgbCode, Set<AssignmentId>> byProvider = HashMap.empty();

  @Override
  public Option<Assignment> findById(AssignmentId id) {
    return lock.read(() -> Option.of(byId.get(id)));
  }

  @Override
  public Seq<Assignment> findByIds(io.vavr.collection.Traversable<AssignmentId> ids) {
    return lock.read(() -> {
      java.util.List<Assignment> found = new java.util.ArrayList<>();
      for (AssignmentId id : ids) {
        Assignment a = byId.get(id);
        if (a != null) {
          found.add(a);
        }
      }
      return io.vavr.collection.Array.ofAll(found);
    });
  }

  @Override
  public Seq<Assignment> find(AssignmentFilter filter) {
    return lock.read(() -> {
      // the narrowest index the filter allows, then the filter itself
      Seq<Assignment> candidates = filter.client().isDefined() ? indexed(byClient, filter.client().get())
          : filter.provider().isDefined() ? indexed(byProvider, filter.provider().get())
          : List.ofAll(byId.values());
      return candidates.filter(filter::matches).toList().sorted(ORDER);
    });
  }

  @Override
  public Page<Assignment> findPage(AssignmentFilter filter, PageRequest page) {
    return lock.read(() -> Page.of(find(filter), page));
  }

  @Override
  public Either<DomainError, Assignment> save(Assignment assignment) {
    return lock.write(() -> saveAll(List.of(assignment)).map(Seq::head));
  }

  @Override
  public Either<DomainError, Seq<Assignment>> saveAll(Seq<Assignment> assignments) {
    return lock.write(() -> {
      Option<Assignment> stale = assignments.find(a -> a.version() != findById(a.id()).map(Assignment::version).getOrElse(0L));
      if (stale.isDefined()) {
        return Either.left(new CommonError.StaleVersion("Assignment", stale.get().id().toString(), stale.get().version()));
      }
      Seq<Assignment> stored = assignments.map(a -> a.withVersion(a.version() + 1));
      stored.forEach(this::put);
      return Either.right(stored.toList());
    });
  }

  private <K> Seq<Assignment> indexed(Map<K, Set<AssignmentId>> index, K key) {
    return index.get(key).map(ids -> ids.toList().map(byId::get)).getOrElse(List.empty());
  }

  private void put(Assignment a) {
    Option<Assignment> before = Option.of(byId.put(a.id(), a));
    byClient = reindex(byClient, before.map(Assignment::client), a.client(), a.id());
    byProvider = reindex(byProvider, before.map(Assignment::provider), a.provider(), a.id());
  }

  private static <K> Map<K, Set<AssignmentId>> reindex(Map<K, Set<AssignmentId>> index, Option<K> before, K after,
                                                       AssignmentId id) {
    Map<K, Set<AssignmentId>> without = before.isEmpty() ? index
        : index.put(before.get(), index.get(before.get()).getOrElse(HashSet.empty()).remove(id));
    return without.put(after, without.get(after).getOrElse(HashSet.empty()).add(id));
  }

  /** Everything stored, for tests and read models. */
  public Seq<Assignment> all() {
    return lock.read(() -> List.ofAll(byId.values()).sorted(ORDER));
  }
}
