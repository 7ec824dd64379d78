package nl.wmokader.core.inmemory;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.port.out.AssignmentFilter;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.monitoring.domain.AssignmentFact;
import nl.wmokader.core.monitoring.domain.ChainLink;
import nl.wmokader.core.monitoring.domain.DeliveredVolume;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.FigureKey;
import nl.wmokader.core.monitoring.domain.RecoveredTotal;
import nl.wmokader.core.monitoring.port.out.MonitoringFacts;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.settlement.port.out.RecoveryRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The monitoring facts answered from the assignments', the claims' and the recoveries' stores, at
 * the moment of asking: the assignments of the filter's provider (or all), filtered, each linked to
 * the one it replaces; the delivered volume from the complete ledgers of those assignments, read in
 * one call; the recoveries of the filter's months and member. Clients are numbered per answer in BSN
 * order, as {@code DENSE_RANK()} would: the facts carry no BSN. Linear in the stores, which is what
 * an in-memory store is for; a database answers from indexes (ADR 16).
 */
public final class InMemoryMonitoringFacts implements MonitoringFacts {

  private final AssignmentRepository assignments;
  private final ClaimRepository claims;
  private final RecoveryRepository recoveries;

  public InMemoryMonitoringFacts(AssignmentRepository assignments, ClaimRepository claims,
                                 RecoveryRepository recoveries) {
    this.assignments = requireNonNull(assignments, "assignments");
    this.claims = requireNonNull(claims, "claims");
    this.recoveries = requireNonNull(recoveries, "recoveries");
  }

  @Override
  public Seq<AssignmentFact> assignments(FigureFilter filter) {
    DateRange around = DateRange.of(filter.firstDay().minusDays(1), filter.lastDay().plusDays(1));
    Seq<Assignment> candidates = candidates(filter);
    Seq<Assignment> relevant = candidates.filter(a ->
        !a.assignedOn().isBefore(filter.firstDay()) && !a.assignedOn().isAfter(filter.lastDay())
            || a.effectivePeriod().overlaps(around));
    Map<Bsn, Long> pseudonyms = new HashMap<>();
    TreeSet.ofAll(java.util.Comparator.comparing(Bsn::value), relevant.map(Assignment::client))
        .forEach(bsn -> pseudonyms.put(bsn, (long) pseudonyms.size() + 1));
    // the chains through every not deleted assignment of the filter's dimensions (a replacement keeps them)
    Map<AssignmentId, Assignment> byId = new HashMap<>();
    candidates.forEach(a -> byId.put(a.id(), a));
    Map<AssignmentId, ChainLink> links = ChainLink.of(relevant.map(Assignment::id), id -> io.vavr.control.Option.of(
        byId.get(id)).map(a -> new ChainLink.Part<>(a.replaces(), a.deliveryStart())));
    return relevant.map(a -> new AssignmentFact(pseudonyms.get(a.client()), member(a), a.provider(), a.category(),
        a.product(), a.validity(), a.assignedOn(), a.deliveryStart(), a.stop(), a.volume(), links.get(a.id())));
  }

  @Override
  public Seq<DeliveredVolume> delivered(FigureFilter filter) {
    Seq<Assignment> wanted = candidates(filter);
    Map<AssignmentId, Assignment> byId = new HashMap<>();
    wanted.forEach(a -> byId.put(a.id(), a));
    Map<DeliveredKey, Long> sums = new HashMap<>();
    for (AssignmentLedger ledger : claims.ledgers(HashSet.ofAll(byId.keySet())).values()) {
      Assignment a = byId.get(ledger.assignment());
      for (YearMonth month : ledger.approved().map(ClaimLine::month).distinct()) {
        if (month.isBefore(filter.from()) || month.isAfter(filter.until())) {
          continue;
        }
        for (ClaimLine line : ledger.activeDebits(month)) {
          DeliveredVolume one = DeliveredVolume.of(new FigureKey(month, member(a), a.provider(), a.category(),
              a.product()), line.unit(), line.volume());
          sums.merge(new DeliveredKey(one.key(), one.unit()), one.quantity(), Math::addExact);
        }
      }
    }
    return List.ofAll(sums.entrySet()).map(e -> new DeliveredVolume(e.getKey().key(), e.getKey().unit(), e.getValue()));
  }

  private record DeliveredKey(FigureKey key, Unit unit) {}

  @Override
  public Seq<RecoveredTotal> recovered(FigureFilter filter) {
    if (filter.category().isDefined() || filter.product().isDefined()) {
      return List.empty();
    }
    return recoveries.find(filter.member(), filter.from(), filter.until())
        .filter(r -> filter.matchesRecovery(r.member(), r.provider()))
        .groupBy(r -> new RecoveredKey(r.month(), r.member(), r.provider()))
        .map(e -> new RecoveredTotal(e._1.month(), e._1.member(), e._1.provider(),
            Money.ofCents(e._2.map(r -> r.amount().cents()).fold(0L, Math::addExact)), e._2.size()))
        .toList();
  }

  private record RecoveredKey(YearMonth month, MunicipalityCode member, AgbCode provider) {}

  /** The filter's assignments, deleted ones left out, months aside. */
  private Seq<Assignment> candidates(FigureFilter filter) {
    AssignmentFilter byProvider = filter.provider().map(AssignmentFilter.all()::withProvider)
        .getOrElse(AssignmentFilter.all());
    return assignments.find(byProvider).filter(a -> a.status() != AssignmentStatus.DELETED
        && filter.matches(member(a), a.provider(), a.category(), a.product()));
  }

  private static MunicipalityCode member(Assignment a) {
    return a.attributedTo().getOrElse(a.responsibleMunicipality());
  }
}
