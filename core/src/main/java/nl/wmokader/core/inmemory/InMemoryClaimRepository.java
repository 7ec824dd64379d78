package nl.wmokader.core.inmemory;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.ClaimSummary;
import nl.wmokader.core.settlement.domain.RejectionCode;
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

/** Claims in memory; every method is atomic (one lock), as the database adapter's transactions are. */
public final class InMemoryClaimRepository implements ClaimRepository {

  private Map<ClaimId, Claim> byId = HashMap.empty();
  private Map<Tuple2<AgbCode, String>, ClaimId> byNumber = HashMap.empty();
  private Set<Tuple2<AgbCode, String>> references = HashSet.empty();
  private Map<AssignmentId, AssignmentLedger> ledgers = HashMap.empty();

  @Override
  public synchronized Option<Claim> findById(ClaimId id) {
    return byId.get(id);
  }

  @Override
  public synchronized Option<Claim> findByNumber(AgbCode provider, String number) {
    return byNumber.get(Tuple.of(provider, number)).flatMap(byId::get);
  }

  @Override
  public synchronized Page<ClaimSummary> findSummaries(ClaimFilter filter, PageRequest page) {
    Seq<ClaimSummary> matching = byId.values().map(Claim::summary)
        .filter(s -> filter.provider().forAll(s.provider()::equals)
            && filter.municipality().forAll(s.municipality()::equals)
            && filter.month().forAll(s.month()::equals))
        .toList().sorted(ORDER);
    return Page.of(matching, page);
  }

  @Override
  public synchronized Map<AssignmentId, AssignmentLedger> ledgers(Set<AssignmentId> assignments) {
    return assignments.toMap(id -> id, id -> ledgers.get(id).getOrElse(() -> AssignmentLedger.empty(id)));
  }

  @Override
  public synchronized Set<String> usedReferences(AgbCode provider, Set<String> asked) {
    return asked.filter(r -> references.contains(Tuple.of(provider, r)));
  }

  @Override
  public synchronized Either<DomainError, Claim> save(Claim claim, Map<AssignmentId, Long> expectedVersions) {
    Tuple2<AgbCode, String> number = Tuple.of(claim.provider(), claim.number());
    if (byNumber.containsKey(number) || byId.containsKey(claim.id())) {
      return Either.left(new CommonError.Duplicate("claim", claim.number()));
    }
    for (Tuple2<AssignmentId, Long> expected : expectedVersions) {
      long stored = ledgers.get(expected._1).map(AssignmentLedger::version).getOrElse(0L);
      if (stored != expected._2) {
        return Either.left(new CommonError.StaleVersion("AssignmentLedger", expected._1.toString(), expected._2));
      }
    }
    Seq<String> fresh = newReferences(claim);
    if (fresh.exists(r -> references.contains(Tuple.of(claim.provider(), r)))) {
      return Either.left(new CommonError.StaleVersion("ClaimReference", claim.provider().value(), 0));
    }
    fresh.forEach(r -> references = references.add(Tuple.of(claim.provider(), r)));
    for (Tuple2<AssignmentId, Long> expected : expectedVersions) {
      AssignmentLedger before = ledgers.get(expected._1).getOrElse(() -> AssignmentLedger.empty(expected._1));
      Seq<ClaimLine> approved = claim.lines()
          .filter(l -> l.isApproved() && l.line().assignment().equals(expected._1))
          .map(AnsweredLine::line);
      ledgers = ledgers.put(expected._1, new AssignmentLedger(expected._1, before.version() + 1,
          before.approved().appendAll(approved)));
    }
    byId = byId.put(claim.id(), claim);
    byNumber = byNumber.put(number, claim.id());
    return Either.right(claim);
  }

  /** The references a saved claim registers: every line's but those rejected as used before. */
  static Seq<String> newReferences(Claim claim) {
    return claim.lines()
        .filter(l -> !l.rejections().contains(RejectionCode.DUPLICATE_REFERENCE))
        .map(l -> l.line().reference())
        .distinct();
  }

  @Override
  public synchronized boolean hasApprovedLines(AssignmentId assignment) {
    return ledgers.get(assignment).exists(l -> !l.approved().isEmpty());
  }

  @Override
  public synchronized Money turnover(AgbCode provider, int year) {
    return byId.values()
        .filter(c -> c.provider().equals(provider))
        .flatMap(Claim::lines)
        .filter(l -> l.isApproved() && l.line().periodStart().getYear() == year)
        .foldLeft(Money.ZERO, (sum, l) -> sum.plus(l.line().signedAmount()));
  }

  @Override
  public synchronized Seq<SettlementTotal> settlementTotals(Option<MunicipalityCode> member, YearMonth from,
                                                           YearMonth until) {
    Vector<SettlementTotal> totals = Vector.empty();
    for (Claim claim : byId.values()) {
      YearMonth settled = YearMonth.from(claim.submittedOn());
      if (settled.isBefore(from) || settled.isAfter(until)) {
        continue;
      }
      for (AnsweredLine answered : claim.lines()) {
        if (!answered.isApproved() || member.exists(m -> !answered.chargedTo().contains(m))) {
          continue;
        }
        ClaimLine line = answered.line();
        totals = totals.append(new SettlementTotal(settled, answered.chargedTo().get(), claim.provider(),
            line.category(), line.product(), line.isCredit() ? Money.ZERO : line.amount(),
            line.isCredit() ? line.amount() : Money.ZERO, 1));
      }
    }
    return List.ofAll(totals.groupBy(InMemoryClaimRepository::key).values().map(InMemoryClaimRepository::sum))
        .sorted(TOTALS_ORDER);
  }

  private static String key(SettlementTotal t) {
    return t.month() + "|" + t.member().value() + "|" + t.provider().value() + "|" + t.category().code() + "|"
        + t.product().map(p -> p.value()).getOrElse("");
  }

  private static SettlementTotal sum(Seq<SettlementTotal> group) {
    SettlementTotal first = group.head();
    return new SettlementTotal(first.month(), first.member(), first.provider(), first.category(), first.product(),
        group.foldLeft(Money.ZERO, (s, t) -> s.plus(t.debits())), group.foldLeft(Money.ZERO, (s, t) -> s.plus(t.credits())),
        group.foldLeft(0L, (s, t) -> s + t.lines()));
  }
}
