package nl.wmokader.core.monitoring.domain;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.function.BiFunction;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentStop;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Computes {@link MonitoringFigures} from the facts of a period: pure, no I/O, no clock. The facts
 * may hold more than the filter wants (every figure applies the filter itself), never less: the
 * assignments issued in the months or valid on a day from the day before the first month to the
 * day after the last, the delivered volumes, settlement totals and recovered totals of the months.
 */
public final class Figures {
  private Figures() {}

  /** The inputs besides the facts: the region's members, their inhabitants and the contracts' norms. */
  public record Context(Seq<MunicipalityCode> members, BiFunction<MunicipalityCode, Integer, Option<Long>> inhabitants,
                        BiFunction<AgbCode, LocalDate, Option<Integer>> norm) {}

  public static MonitoringFigures compute(FigureFilter filter, Seq<AssignmentFact> facts, Seq<DeliveredVolume> delivered,
                                          Seq<SettlementTotal> totals, Seq<RecoveredTotal> recovered, Context context) {
    return compute(filter, java.util.EnumSet.allOf(FigureTable.class), facts, delivered, totals, recovered, context);
  }

  /** Only {@code tables}; the others are empty (their facts may be too). */
  public static MonitoringFigures compute(FigureFilter filter, java.util.Set<FigureTable> tables,
                                          Seq<AssignmentFact> facts, Seq<DeliveredVolume> delivered,
                                          Seq<SettlementTotal> totals, Seq<RecoveredTotal> recovered, Context context) {
    Seq<AssignmentFact> wanted = facts.filter(f -> filter.matches(f.member(), f.provider(), f.category(), f.product()));
    Seq<CostFigures> cost = tables.contains(FigureTable.COST) || tables.contains(FigureTable.MEMBERS)
        ? cost(filter, totals, recovered) : List.empty();
    Seq<UseFigures> use = List.empty();
    if (tables.contains(FigureTable.USE)) {
      use = use(filter, wanted, delivered.filter(d -> inMonths(filter, d.key().month())
          && filter.matches(d.key().member(), d.key().provider(), d.key().category(), d.key().product())));
    }
    return new MonitoringFigures(filter, use,
        tables.contains(FigureTable.COST) ? cost : List.empty(),
        tables.contains(FigureTable.FLOWS) ? flows(filter, wanted) : List.empty(),
        tables.contains(FigureTable.DURATIONS) ? durations(filter, wanted) : List.empty(),
        tables.contains(FigureTable.WAITING_TIMES) ? waitingTimes(filter, wanted, context.norm()) : List.empty(),
        tables.contains(FigureTable.MEMBERS) ? members(filter, wanted, cost, context) : List.empty());
  }

  static List<YearMonth> months(FigureFilter filter) {
    List<YearMonth> months = List.empty();
    for (YearMonth m = filter.until(); !m.isBefore(filter.from()); m = m.minusMonths(1)) {
      months = months.prepend(m);
    }
    return months;
  }

  private static boolean inMonths(FigureFilter filter, YearMonth month) {
    return !month.isBefore(filter.from()) && !month.isAfter(filter.until());
  }

  private static DateRange period(YearMonth month) {
    return DateRange.of(month.atDay(1), month.atEndOfMonth());
  }

  private static boolean in(YearMonth month, LocalDate day) {
    return YearMonth.from(day).equals(month);
  }

  // ---- use

  /**
   * One pass over the facts and months, each fact adding to the cells of the months it counts in
   * (mutable counters, turned into the immutable rows once): a cell's figures are sums over its
   * facts, so this equals filtering every cell's facts per figure, in time linear in facts × months.
   */
  static Seq<UseFigures> use(FigureFilter filter, Seq<AssignmentFact> facts, Seq<DeliveredVolume> delivered) {
    java.util.Map<FigureKey, UseCell> cells = new java.util.HashMap<>();
    for (DeliveredVolume d : delivered) {
      cells.computeIfAbsent(d.key(), UseCell::new).delivered.merge(d.unit(), d.quantity(), Long::sum);
    }
    List<YearMonth> months = months(filter);
    DateRange[] periods = months.map(Figures::period).toJavaArray(DateRange[]::new);
    YearMonth[] monthArray = months.toJavaArray(YearMonth[]::new);
    for (AssignmentFact f : facts) {
      Option<DateRange> delivery = f.delivery();
      DateRange inForce = f.volume().isDefined() ? inForce(f) : null;
      YearMonth issued = YearMonth.from(f.assignedOn());
      YearMonth stopped = f.stop().map(s -> YearMonth.from(s.date())).getOrNull();
      for (int i = 0; i < periods.length; i++) {
        DateRange period = periods[i];
        boolean delivering = delivery.isDefined() && delivery.get().overlaps(period);
        boolean isIssued = issued.equals(monthArray[i]);
        boolean ended = monthArray[i].equals(stopped);
        boolean assigned = inForce != null && inForce.overlaps(period);
        if (delivering || isIssued || ended || assigned) {
          UseCell cell = cells.computeIfAbsent(f.key(monthArray[i]), UseCell::new);
          if (delivering) {
            cell.clients.add(f.client());
          }
          if (isIssued) {
            cell.issued++;
          }
          if (ended) {
            cell.ended++;
            cell.endedByReason.merge(f.stop().get().reason(), 1L, Long::sum);
          }
          if (assigned) {
            cell.assigned.merge(assignedUnit(f.volume().get()), inMinutes(f.volume().get()), Long::sum);
          }
        }
      }
    }
    return List.ofAll(cells.values()).map(UseCell::figures).sorted(Comparator.comparing(UseFigures::key, FigureKey.ORDER));
  }

  /** A use cell while the facts are counted into it. */
  private static final class UseCell {
    final FigureKey key;
    final java.util.Set<Long> clients = new java.util.HashSet<>();
    long issued;
    long ended;
    final java.util.Map<StopReason, Long> endedByReason = new java.util.HashMap<>();
    final java.util.Map<UseFigures.AssignedUnit, Long> assigned = new java.util.HashMap<>();
    final java.util.Map<Unit, Long> delivered = new java.util.HashMap<>();

    UseCell(FigureKey key) {
      this.key = key;
    }

    UseFigures figures() {
      return new UseFigures(key, clients.size(), issued, ended, HashMap.ofAll(endedByReason), HashMap.ofAll(assigned),
          HashMap.ofAll(delivered));
    }
  }

  /** The days the order is in force: its validity, cut at a stop. */
  private static DateRange inForce(AssignmentFact f) {
    return f.stop().map(s -> DateRange.of(f.validity().start(), s.date())).getOrElse(f.validity());
  }

  private static UseFigures.AssignedUnit assignedUnit(Volume v) {
    return new UseFigures.AssignedUnit(v.unit() == Unit.HOUR ? Unit.MINUTE : v.unit(), v.frequency());
  }

  private static long inMinutes(Volume v) {
    return v.unit() == Unit.HOUR ? Math.multiplyExact(v.quantity(), 60) : v.quantity();
  }

  // ---- cost

  static Seq<CostFigures> cost(FigureFilter filter, Seq<SettlementTotal> totals, Seq<RecoveredTotal> recovered) {
    // debits, credits, recoveries and lines per key, summed in one pass
    java.util.Map<CostKey, long[]> sums = new java.util.HashMap<>();
    for (SettlementTotal t : totals) {
      if (inMonths(filter, t.month()) && filter.matches(t.member(), t.provider(), t.category(), t.product())) {
        long[] sum = sums.computeIfAbsent(CostKey.of(new FigureKey(t.month(), t.member(), t.provider(), t.category(),
            t.product())), k -> new long[4]);
        sum[0] = Math.addExact(sum[0], t.debits().cents());
        sum[1] = Math.addExact(sum[1], t.credits().cents());
        sum[3] += t.lines();
      }
    }
    for (RecoveredTotal r : recovered) {
      if (inMonths(filter, r.month()) && filter.matchesRecovery(r.member(), r.provider())) {
        long[] sum = sums.computeIfAbsent(r.key(), k -> new long[4]);
        sum[2] = Math.addExact(sum[2], r.amount().cents());
      }
    }
    CostFigures[] rows = new CostFigures[sums.size()];
    int i = 0;
    for (java.util.Map.Entry<CostKey, long[]> e : sums.entrySet()) {
      long[] sum = e.getValue();
      rows[i++] = new CostFigures(e.getKey(), Money.ofCents(sum[0]), Money.ofCents(sum[1]), Money.ofCents(sum[2]),
          sum[3]);
    }
    java.util.Arrays.sort(rows, Comparator.comparing(CostFigures::key, CostKey.ORDER));
    return io.vavr.collection.Array.of(rows);
  }

  // ---- flows

  static Seq<FlowFigures> flows(FigureFilter filter, Seq<AssignmentFact> facts) {
    // per provider, in code order, its facts grouped by client once (not again every month)
    java.util.Map<AgbCode, java.util.Map<Long, java.util.List<AssignmentFact>>> byProvider = new java.util.TreeMap<>(
        Comparator.comparing(AgbCode::value));
    for (AssignmentFact f : facts) {
      byProvider.computeIfAbsent(f.provider(), p -> new java.util.HashMap<>())
          .computeIfAbsent(f.client(), c -> new java.util.ArrayList<>()).add(f);
    }
    java.util.List<FlowFigures> rows = new java.util.ArrayList<>();
    for (YearMonth month : months(filter)) {
      DateRange period = period(month);
      LocalDate before = period.start().minusDays(1);
      LocalDate after = period.end().get().plusDays(1);
      for (java.util.Map.Entry<AgbCode, java.util.Map<Long, java.util.List<AssignmentFact>>> p : byProvider.entrySet()) {
        int present = 0;
        int inflow = 0;
        int throughflow = 0;
        java.util.Map<StopReason, Long> byReason = new java.util.HashMap<>();
        long withoutStop = 0;
        int outflow = 0;
        for (java.util.Map.Entry<Long, java.util.List<AssignmentFact>> client : p.getValue().entrySet()) {
          boolean isPresent = false;
          boolean wasThere = false;
          boolean staysThere = false;
          for (AssignmentFact f : client.getValue()) {
            Option<DateRange> delivery = f.delivery();
            if (delivery.isDefined()) {
              isPresent |= delivery.get().overlaps(period);
              wasThere |= delivery.get().contains(before);
              staysThere |= delivery.get().contains(after);
            }
          }
          if (!isPresent) {
            continue;
          }
          present++;
          inflow += wasThere ? 0 : 1;
          throughflow += wasThere && staysThere ? 1 : 0;
          if (!staysThere) {
            outflow++;
            Option<StopReason> reason = lastEnd(List.ofAll(client.getValue()), month);
            if (reason.isDefined()) {
              byReason.merge(reason.get(), 1L, Long::sum);
            } else {
              withoutStop++;
            }
          }
        }
        if (present > 0) {
          rows.add(new FlowFigures(month, p.getKey(), present, inflow, outflow, throughflow, HashMap.ofAll(byReason),
              withoutStop));
        }
      }
    }
    return List.ofAll(rows);
  }

  /**
   * How one client's delivery with one provider last ended in {@code month}: the reason of the
   * latest reported stop, or none when the latest end was the validity's (no stop reported); a stop
   * on that same day wins, of several the lowest code.
   */
  private static Option<StopReason> lastEnd(Seq<AssignmentFact> ofClient, YearMonth month) {
    Seq<LocalDate> ends = ofClient.flatMap(AssignmentFact::delivery).flatMap(DateRange::end).filter(d -> in(month, d));
    LocalDate last = ends.max().get();
    // the stops of deliveries that ended that day: an assignment stopped before it was delivered
    // ended no delivery, and its reason is not the client's
    return ofClient.filter(f -> f.delivery().flatMap(DateRange::end).contains(last)).flatMap(AssignmentFact::stop)
        .filter(s -> s.date().equals(last)).map(AssignmentStop::reason).minBy(Comparator.comparing(StopReason::code));
  }

  // ---- durations and waiting times

  /**
   * A chain of replacements counts once, as its last part: an assignment another one of the facts
   * replaces is left out (it continues there), and the last part's days run from the chain's first
   * start of delivery ({@link AssignmentFact#supportStart}) to its stop. A stop for a change request
   * (37) without its replacement among the facts is still left out, as before the link was followed.
   */
  static Seq<DurationFigures> durations(FigureFilter filter, Seq<AssignmentFact> facts) {
    DateRange months = DateRange.of(filter.firstDay(), filter.lastDay());
    java.util.Set<Long> replaced = new java.util.HashSet<>(facts.flatMap(f -> f.link().replaces()).toJavaList());
    return facts.filter(f -> f.supportStart().isDefined() && f.stop().exists(s -> months.contains(s.date())
            && s.reason() != StopReason.CHANGE_REQUEST) && !replaced.contains(f.link().assignment()))
        .groupBy(f -> Tuple.of(f.provider(), f.category()))
        .map(e -> new DurationFigures(e._1._1, e._1._2, Distribution.of(e._2.map(f ->
            ChronoUnit.DAYS.between(f.supportStart().get(), f.stop().get().date()) + 1))))
        .toList().sorted(Comparator.comparing((DurationFigures d) -> d.provider().value())
            .thenComparing(d -> d.category().code()));
  }

  static Seq<WaitingFigures> waitingTimes(FigureFilter filter, Seq<AssignmentFact> facts,
                                          BiFunction<AgbCode, LocalDate, Option<Integer>> norm) {
    DateRange months = DateRange.of(filter.firstDay(), filter.lastDay());
    return facts.filter(f -> f.deliveryStart().exists(months::contains))
        .groupBy(f -> Tuple.of(f.provider(), f.category(), f.product()))
        .map(e -> {
          Seq<Tuple2<Long, Option<Integer>>> waits = e._2.map(f -> Tuple.of(waitingDays(f), norm.apply(f.provider(), f.assignedOn())));
          Seq<Tuple2<Long, Option<Integer>>> normed = waits.filter(w -> w._2.isDefined());
          return new WaitingFigures(e._1._1, e._1._2, e._1._3, Distribution.of(waits.map(Tuple2::_1)), normed.size(),
              normed.count(w -> w._1 > w._2.get()), TreeSet.ofAll(normed.map(w -> w._2.get())));
        })
        .toList().sorted(Comparator.comparing((WaitingFigures w) -> w.provider().value())
            .thenComparing(w -> w.category().code())
            .thenComparing(w -> w.product().map(p -> p.value()).getOrElse("")));
  }

  /** Days from the assignment date to the start of delivery, 0 when delivery started first. */
  static long waitingDays(AssignmentFact f) {
    return Math.max(0, ChronoUnit.DAYS.between(f.assignedOn(), f.deliveryStart().get()));
  }

  // ---- members

  static Seq<MemberFigures> members(FigureFilter filter, Seq<AssignmentFact> facts, Seq<CostFigures> cost,
                                    Context context) {
    Seq<MunicipalityCode> members = context.members().filter(m -> filter.member().forAll(m::equals))
        .sortBy(MunicipalityCode::value);
    List<YearMonth> months = months(filter);
    DateRange[] periods = months.map(Figures::period).toJavaArray(DateRange[]::new);
    // per member, per month (index from the first): the counts and sums, each fact and cost row once
    java.util.Map<MunicipalityCode, MemberCell[]> cells = new java.util.HashMap<>();
    for (MunicipalityCode member : members) {
      MemberCell[] row = new MemberCell[periods.length];
      for (int i = 0; i < row.length; i++) {
        row[i] = new MemberCell();
      }
      cells.put(member, row);
    }
    for (AssignmentFact f : facts) {
      MemberCell[] row = cells.get(f.member());
      if (row == null) {
        continue;
      }
      Option<DateRange> delivery = f.delivery();
      int issued = monthIndex(filter, YearMonth.from(f.assignedOn()));
      int stopped = f.stop().map(s -> monthIndex(filter, YearMonth.from(s.date()))).getOrElse(-1);
      for (int i = 0; i < periods.length; i++) {
        if (delivery.isDefined() && delivery.get().overlaps(periods[i])) {
          row[i].clients.add(f.client());
        }
      }
      if (issued >= 0 && issued < periods.length) {
        row[issued].issued++;
      }
      if (stopped >= 0 && stopped < periods.length) {
        row[stopped].ended++;
      }
    }
    for (CostFigures c : cost) {
      MemberCell[] row = cells.get(c.key().member());
      int i = monthIndex(filter, c.key().month());
      if (row != null && i >= 0 && i < periods.length) {
        row[i].debits = Math.addExact(row[i].debits, c.debits().cents());
        row[i].credits = Math.addExact(row[i].credits, c.credits().cents());
        row[i].recoveries = Math.addExact(row[i].recoveries, c.recoveries().cents());
      }
    }
    java.util.List<MemberFigures> rows = new java.util.ArrayList<>();
    for (int i = 0; i < periods.length; i++) {
      YearMonth month = months.get(i);
      for (MunicipalityCode member : members) {
        MemberCell cell = cells.get(member)[i];
        Option<Long> inhabitants = context.inhabitants().apply(member, month.getYear());
        MemberFigures row = new MemberFigures(month, member, cell.clients.size(), cell.issued, cell.ended,
            Money.ofCents(cell.debits), Money.ofCents(cell.credits), Money.ofCents(cell.recoveries), inhabitants,
            Option.none());
        rows.add(inhabitants.filter(n -> n > 0)
            .map(n -> new MemberFigures(row.month(), member, row.clientsWithSupport(), row.newAssignments(),
                row.endedAssignments(), row.debits(), row.credits(), row.recoveries(), inhabitants,
                Option.some(MemberFigures.Benchmark.of(row, n))))
            .getOrElse(row));
      }
    }
    return List.ofAll(rows);
  }

  /** {@code month}'s place among the filter's months, from 0 (negative before them). */
  private static int monthIndex(FigureFilter filter, YearMonth month) {
    return (int) ChronoUnit.MONTHS.between(filter.from(), month);
  }

  /** A member's month while the facts and costs are counted into it. */
  private static final class MemberCell {
    final java.util.Set<Long> clients = new java.util.HashSet<>();
    long issued;
    long ended;
    long debits;
    long credits;
    long recoveries;
  }
}
