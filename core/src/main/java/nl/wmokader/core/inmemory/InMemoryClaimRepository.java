package nl.wmokader.core.inmemory;

import io.vavr.collection.Array;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Traversable;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.ClaimSummary;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.settlement.domain.SettlementSum;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.settlement.port.out.ClaimFilter;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * Claims in memory. A save is all or nothing and never interleaves with another save of the same
 * provider, as the database adapter's transaction; the lists and totals change and are read under
 * a read-write lock; a claim's own reads (by id or number, ledgers, used references) each see a
 * save whole or not at all per key, and a save re-checks what they answered.
 *
 * <p>What the hot path and the settlement read is kept as it is asked for, so that no call scans
 * the whole store: ledgers per assignment, references per provider, settlement totals per month and
 * group, turnover per provider and year, summaries in list order.
 */
public final class InMemoryClaimRepository implements ClaimRepository {

  /** Over what all providers share and read together: the lists and the settlement totals. */
  private final StoreLock lock = new StoreLock();
  // The claim path's reads (a claim by number, ledgers, used references) take no lock: each answers
  // from concurrent maps, and a save checks under its provider's lock that nothing validation read
  // has moved since (ledger versions, references), as the database adapter's save does. So two
  // providers' claims validate side by side, and their saves take turns only for the shared part.
  private final java.util.Map<ClaimId, Claim> byId = new ConcurrentHashMap<>();
  private final java.util.Map<AgbCode, java.util.Map<String, ClaimId>> byNumber = new ConcurrentHashMap<>();
  private final java.util.Map<AgbCode, java.util.Set<String>> references = new ConcurrentHashMap<>();
  private final java.util.Map<AssignmentId, AssignmentLedger> ledgers = new ConcurrentHashMap<>();
  private final java.util.Map<AgbCode, Object> providerLocks = new ConcurrentHashMap<>();
  /** Summaries by claim month, each month's in {@link ClaimRepository#ORDER}. */
  private final NavigableMap<YearMonth, TreeSet<ClaimSummary>> summaries = new TreeMap<>();
  /**
   * How many summaries each filter of one month matches (provider and municipality each given or
   * not): a page's total is counted, not scanned.
   */
  private final java.util.Map<CountKey, long[]> counts = new java.util.HashMap<>();
  /** Per settled month, per member (in code order), its totals. */
  private final NavigableMap<YearMonth, NavigableMap<String, MemberTotals>> totals = new TreeMap<>();
  /** Per provider and period year, net cents: changed under the provider's lock, read without one. */
  private final java.util.Map<AgbCode, java.util.Map<Integer, Long>> turnover = new ConcurrentHashMap<>();

  /** A month's filter: null where the filter does not restrict. */
  private record CountKey(YearMonth month, AgbCode provider, MunicipalityCode municipality) {}

  /** One group of {@link #settlementTotals} within a month. */
  private record TotalKey(MunicipalityCode member, AgbCode provider, ProductCategory category,
                          Option<ProductCode> product) {}

  /**
   * One member's totals of one settled month: counted per group as claims are saved, and kept in
   * {@link nl.wmokader.core.settlement.port.out.SettlementTotals#TOTALS_ORDER} and summed per provider when first read after a change, so
   * that reading a month nobody writes to any more costs no sort.
   */
  private static final class MemberTotals {
    private final YearMonth month;
    private final java.util.Map<TotalKey, long[]> groups = new java.util.HashMap<>();
    private Seq<SettlementTotal> sorted;
    private Seq<SettlementSum> sums;

    MemberTotals(YearMonth month) {
      this.month = month;
    }

    void add(TotalKey key, long debits, long credits, long lines) {
      long[] sum = groups.computeIfAbsent(key, k -> new long[3]);
      sum[0] = Math.addExact(sum[0], debits);
      sum[1] = Math.addExact(sum[1], credits);
      sum[2] += lines;
      sorted = null;
      sums = null;
    }

    Seq<SettlementTotal> sorted() {
      if (sorted == null) {
        java.util.List<SettlementTotal> all = new ArrayList<>(groups.size());
        groups.forEach((k, v) -> all.add(new SettlementTotal(month, k.member(), k.provider(), k.category(),
            k.product(), Money.ofCents(v[0]), Money.ofCents(v[1]), v[2])));
        all.sort(TOTALS_ORDER);
        sorted = Array.ofAll(all);
      }
      return sorted;
    }

    /** Per provider, in AGB order: runs of the sorted totals. */
    Seq<SettlementSum> sums() {
      if (sums == null) {
        java.util.List<SettlementSum> all = new ArrayList<>();
        SettlementTotal first = null;
        long debits = 0;
        long credits = 0;
        long lines = 0;
        for (SettlementTotal t : sorted()) {
          if (first != null && !first.provider().equals(t.provider())) {
            all.add(sum(first, debits, credits, lines));
            debits = 0;
            credits = 0;
            lines = 0;
          }
          if (first == null || !first.provider().equals(t.provider())) {
            first = t;
          }
          debits = Math.addExact(debits, t.debits().cents());
          credits = Math.addExact(credits, t.credits().cents());
          lines += t.lines();
        }
        if (first != null) {
          all.add(sum(first, debits, credits, lines));
        }
        sums = Array.ofAll(all);
      }
      return sums;
    }

    private SettlementSum sum(SettlementTotal first, long debits, long credits, long lines) {
      return new SettlementSum(month, first.member(), first.provider(), Money.ofCents(debits), Money.ofCents(credits),
          lines);
    }
  }

  @Override
  public Option<Claim> findById(ClaimId id) {
    return Option.of(byId.get(id));
  }

  /** Without a lock: a save puts the claim by id before its number. */
  @Override
  public Option<Claim> findByNumber(AgbCode provider, String number) {
    return Option.of(byNumber.getOrDefault(provider, java.util.Map.of()).get(number)).map(byId::get);
  }

  @Override
  public Page<ClaimSummary> findSummaries(ClaimFilter filter, PageRequest page) {
    return lock.read(() -> {
      Iterable<TreeSet<ClaimSummary>> months = filter.month().isDefined()
          ? Option.of(summaries.get(filter.month().get())).toList()
          : summaries.values();
      long total = 0;
      for (YearMonth month : filter.month().isDefined() ? List.of(filter.month().get()) : summaries.keySet()) {
        long[] count = counts.get(new CountKey(month, filter.provider().getOrNull(), filter.municipality().getOrNull()));
        total += count == null ? 0 : count[0];
      }
      // walk the order up to the page's end only
      java.util.List<ClaimSummary> items = new ArrayList<>();
      long seen = 0;
      for (TreeSet<ClaimSummary> month : months) {
        for (ClaimSummary s : month) {
          if (items.size() >= page.size()) {
            return new Page<>(List.ofAll(items), total, page);
          }
          if (filter.provider().forAll(s.provider()::equals)
              && filter.municipality().forAll(s.municipality()::equals)) {
            if (seen >= page.offset()) {
              items.add(s);
            }
            seen++;
          }
        }
      }
      return new Page<>(List.ofAll(items), total, page);
    });
  }

  @Override
  public Map<AssignmentId, AssignmentLedger> ledgers(Set<AssignmentId> assignments) {
    return assignments.toMap(id -> id, this::ledger);
  }

  /** The complete ledgers: the store keeps every month. */
  @Override
  public Seq<AssignmentLedger> ledgers(Traversable<AssignmentId> assignments, Traversable<YearMonth> months) {
    java.util.List<AssignmentLedger> found = new ArrayList<>();
    assignments.forEach(id -> found.add(ledger(id)));
    return io.vavr.collection.Array.ofAll(found);
  }

  private AssignmentLedger ledger(AssignmentId id) {
    AssignmentLedger stored = ledgers.get(id);
    return stored != null ? stored : AssignmentLedger.empty(id);
  }

  @Override
  public Set<String> usedReferences(AgbCode provider, Traversable<String> asked) {
    java.util.Set<String> used = references.getOrDefault(provider, java.util.Set.of());
    return used.isEmpty() ? HashSet.empty() : HashSet.ofAll(asked.filter(used::contains));
  }

  @Override
  public Either<DomainError, Claim> save(Claim claim, Seq<AssignmentLedger> moved) {
    // what does not read the store is counted before any lock
    Tally tally = new Tally(claim);
    ClaimSummary summary = claim.summary();
    // A provider's numbers, references, ledgers (a claim moves only the ledgers of its own
    // provider's assignments) and turnover change under that provider's lock; the claims by id in a
    // concurrent map; the lists and totals all providers share under the store's write lock, held
    // for that alone. So two providers' saves take turns only for the shared part.
    synchronized (providerLocks.computeIfAbsent(claim.provider(), p -> new Object())) {
      DomainError refused = refusal(claim, moved);
      if (refused != null) {
        return Either.left(refused);
      }
      if (byId.putIfAbsent(claim.id(), claim) != null) {
        return Either.left(new CommonError.Duplicate("claim", claim.number()));
      }
      lock.write(() -> {
        summaries.computeIfAbsent(claim.month(), m -> new TreeSet<>(ORDER)).add(summary);
        for (AgbCode provider : java.util.Arrays.asList(null, claim.provider())) {
          for (MunicipalityCode municipality : java.util.Arrays.asList(null, claim.municipality())) {
            counts.computeIfAbsent(new CountKey(claim.month(), provider, municipality), k -> new long[1])[0]++;
          }
        }
        tally.addTotalsTo(this);
        return null;
      });
      tally.addTurnoverTo(this);
      java.util.Set<String> registered = references.computeIfAbsent(claim.provider(), p -> ConcurrentHashMap.newKeySet());
      for (AnsweredLine l : claim.lines()) {
        if (registers(l)) {
          registered.add(l.line().reference());
        }
      }
      java.util.Map<AssignmentId, java.util.List<ClaimLine>> approved = null;
      for (AssignmentLedger expected : moved) {
        AssignmentLedger after = expected;
        if (!expected.isComplete()) {
          // validation read part of it: the store, which keeps every month, counts the lines itself
          approved = approved != null ? approved : approvedByAssignment(claim);
          after = ledger(expected.assignment()).withAll(approved.getOrDefault(expected.assignment(), java.util.List.of()));
        }
        ledgers.put(expected.assignment(), after.withVersion(expected.version() + 1));
      }
      // after the claim by id: a number found always finds its claim
      byNumber.computeIfAbsent(claim.provider(), p -> new ConcurrentHashMap<>()).put(claim.number(), claim.id());
      return Either.right(claim);
    }
  }

  /** Why the claim cannot be stored as validated (its number taken, a ledger or reference moved), or null. */
  private DomainError refusal(Claim claim, Seq<AssignmentLedger> moved) {
    if (byNumber.getOrDefault(claim.provider(), java.util.Map.of()).containsKey(claim.number())) {
      return new CommonError.Duplicate("claim", claim.number());
    }
    for (AssignmentLedger expected : moved) {
      if (ledger(expected.assignment()).version() != expected.version()) {
        return new CommonError.StaleVersion("AssignmentLedger", expected.assignment().toString(), expected.version());
      }
    }
    java.util.Set<String> used = references.getOrDefault(claim.provider(), java.util.Set.of());
    for (AnsweredLine l : claim.lines()) {
      if (registers(l) && used.contains(l.line().reference())) {
        return new CommonError.StaleVersion("ClaimReference", claim.provider().value(), 0);
      }
    }
    return null;
  }

  private static java.util.Map<AssignmentId, java.util.List<ClaimLine>> approvedByAssignment(Claim claim) {
    java.util.Map<AssignmentId, java.util.List<ClaimLine>> approved = new java.util.HashMap<>();
    for (AnsweredLine line : claim.lines()) {
      if (line.isApproved()) {
        approved.computeIfAbsent(line.line().assignment(), a -> new ArrayList<>()).add(line.line());
      }
    }
    return approved;
  }

  /**
   * A claim's approved lines grouped as the settlement totals and the turnover keep them: counted
   * before the lock (a large claim touches each group once under it).
   */
  private static final class Tally {
    private final AgbCode provider;
    private final YearMonth settled;
    private final java.util.Map<TotalKey, long[]> groups = new java.util.HashMap<>();
    private final java.util.Map<Integer, long[]> years = new java.util.HashMap<>();

    Tally(Claim claim) {
      this.provider = claim.provider();
      this.settled = YearMonth.from(claim.submittedOn());
      TotalKey last = null;
      for (AnsweredLine answered : claim.lines()) {
        if (!answered.isApproved()) {
          continue;
        }
        ClaimLine line = answered.line();
        MunicipalityCode member = answered.chargedTo().get();
        // neighbouring lines are mostly of one group: its key is made once
        if (last == null || !last.member().equals(member) || last.category() != line.category()
            || !last.product().equals(line.product())) {
          last = new TotalKey(member, provider, line.category(), line.product());
        }
        long[] sums = groups.computeIfAbsent(last, k -> new long[3]);
        sums[line.isCredit() ? 1 : 0] += line.amount().cents();
        sums[2]++;
        long[] year = years.computeIfAbsent(line.periodStart().getYear(), y -> new long[1]);
        year[0] = Math.addExact(year[0], line.signedAmount().cents());
      }
    }

    /** Adds the tally to the provider's turnover; under the provider's lock. */
    void addTurnoverTo(InMemoryClaimRepository store) {
      if (years.isEmpty()) {
        return;
      }
      java.util.Map<Integer, Long> turnover = store.turnover.computeIfAbsent(provider, p -> new ConcurrentHashMap<>());
      years.forEach((year, net) -> turnover.merge(year, net[0], Math::addExact));
    }

    /** Adds the tally to the store's settlement totals; under the write lock. */
    void addTotalsTo(InMemoryClaimRepository store) {
      if (groups.isEmpty()) {
        return;
      }
      NavigableMap<String, MemberTotals> month = store.totals.computeIfAbsent(settled, m -> new TreeMap<>());
      groups.forEach((key, sums) -> month.computeIfAbsent(key.member().value(), m -> new MemberTotals(settled))
          .add(key, sums[0], sums[1], sums[2]));
    }
  }

  /** Whether a saved claim registers the line's reference: every line's but those rejected as used before. */
  private static boolean registers(AnsweredLine line) {
    return !line.rejections().contains(RejectionCode.DUPLICATE_REFERENCE);
  }

  @Override
  public boolean hasApprovedLines(AssignmentId assignment) {
    return ledger(assignment).totals().lines() > 0;
  }

  @Override
  public Money turnover(AgbCode provider, int year) {
    return Money.ofCents(turnover.getOrDefault(provider, java.util.Map.of()).getOrDefault(year, 0L));
  }

  @Override
  public Seq<SettlementTotal> settlementTotals(Option<MunicipalityCode> member, YearMonth from,
                                                           YearMonth until) {
    return lock.write(() -> {
      if (until.isBefore(from)) {
        return List.empty();
      }
      Seq<SettlementTotal> found = Array.empty();
      for (NavigableMap<String, MemberTotals> month : totals.subMap(from, true, until, true).values()) {
        if (member.isDefined()) {
          MemberTotals one = month.get(member.get().value());
          found = one == null ? found : found.appendAll(one.sorted());
        } else {
          for (MemberTotals each : month.values()) {
            found = found.appendAll(each.sorted());
          }
        }
      }
      return found;
    });
  }

  @Override
  public Seq<SettlementSum> settlementSums(YearMonth month) {
    return lock.write(() -> {
      Seq<SettlementSum> found = Array.empty();
      for (MemberTotals each : totals.getOrDefault(month, java.util.Collections.emptyNavigableMap()).values()) {
        found = found.appendAll(each.sums());
      }
      return found;
    });
  }
}
