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
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.port.out.AssignmentFilter;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
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
  /** Each municipality's numbers, and the last number its sequence gave: the port's sequence, per store. */
  // sorted, so that the next number reads the highest stored one instead of scanning them all
  private final java.util.Map<MunicipalityCode, java.util.NavigableMap<AssignmentNumber, AssignmentId>> byNumber =
      new java.util.HashMap<>();
  private final java.util.Map<MunicipalityCode, Long> lastGiven = new java.util.HashMap<>();

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
  public Seq<Assignment> findByNumbers(MunicipalityCode municipality,
                                       io.vavr.collection.Traversable<AssignmentNumber> numbers) {
    return lock.read(() -> {
      java.util.Map<AssignmentNumber, AssignmentId> numbered = byNumber.getOrDefault(municipality, java.util.Collections.emptyNavigableMap());
      java.util.List<Assignment> found = new java.util.ArrayList<>();
      for (AssignmentNumber number : numbers) {
        AssignmentId id = numbered.get(number);
        if (id != null) {
          found.add(byId.get(id));
        }
      }
      return io.vavr.collection.Array.ofAll(found);
    });
  }

  @Override
  public Option<AssignmentNumber> nextNumber(MunicipalityCode municipality) {
    return lock.write(() -> {
      java.util.NavigableMap<AssignmentNumber, AssignmentId> numbered = byNumber.get(municipality);
      long stored = numbered == null || numbered.isEmpty() ? 0 : numbered.lastKey().value();
      long last = Math.max(stored, lastGiven.getOrDefault(municipality, 0L));
      if (last >= AssignmentNumber.MAX) {
        return Option.none();
      }
      lastGiven.put(municipality, last + 1);
      return Option.some(AssignmentNumber.of(last + 1));
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
      Option<Assignment> taken = assignments.find(a -> numberTaken(a, assignments));
      if (taken.isDefined()) {
        return Either.left(new CommonError.Duplicate("AssignmentNumber", taken.get().number().get().toString()));
      }
      Seq<Assignment> stored = assignments.map(a -> a.withVersion(a.version() + 1));
      stored.forEach(this::put);
      return Either.right(stored.toList());
    });
  }

  /** Whether another assignment of {@code a}'s municipality, stored (as the batch leaves it) or in this batch, has its number. */
  private boolean numberTaken(Assignment a, Seq<Assignment> batch) {
    if (a.number().isEmpty()) {
      return false;
    }
    AssignmentId holder = byNumber.getOrDefault(a.responsibleMunicipality(), java.util.Collections.emptyNavigableMap()).get(a.number().get());
    boolean storedElsewhere = holder != null && !holder.equals(a.id())
        && batch.forAll(other -> !other.id().equals(holder) || sameNumber(other, a));
    return storedElsewhere || batch.exists(other -> !other.id().equals(a.id()) && sameNumber(other, a));
  }

  private static boolean sameNumber(Assignment x, Assignment y) {
    return x.number().equals(y.number()) && x.responsibleMunicipality().equals(y.responsibleMunicipality());
  }

  private <K> Seq<Assignment> indexed(Map<K, Set<AssignmentId>> index, K key) {
    return index.get(key).map(ids -> ids.toList().map(byId::get)).getOrElse(List.empty());
  }

  private void put(Assignment a) {
    Option<Assignment> before = Option.of(byId.put(a.id(), a));
    before.forEach(b -> b.number().forEach(n -> byNumber.get(b.responsibleMunicipality()).remove(n)));
    a.number().forEach(n -> byNumber.computeIfAbsent(a.responsibleMunicipality(), m -> new java.util.TreeMap<>())
        .put(n, a.id()));
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
