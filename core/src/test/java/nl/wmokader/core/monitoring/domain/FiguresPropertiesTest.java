package nl.wmokader.core.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.BiFunction;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.monitoring.FiguresGen;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.generators.SourceDSL;

/**
 * Every figure against a second, naive computation over the same generated facts: day by day over
 * every day of a month, by brute force over every fact, percentiles by sorting and indexing, rates
 * per 1,000 with {@link BigDecimal}. Nothing here calls the code under test's helpers.
 */
class FiguresPropertiesTest implements WithQuickTheories {

  private static MonitoringFigures figures(FigureFilter filter, Seq<AssignmentFact> facts, Seq<DeliveredVolume> delivered,
                                           Seq<SettlementTotal> totals,
                                           Map<Tuple2<MunicipalityCode, Integer>, Long> inhabitants,
                                           BiFunction<AgbCode, LocalDate, Option<Integer>> norms) {
    return figures(filter, facts, delivered, totals, List.empty(), inhabitants, norms);
  }

  private static MonitoringFigures figures(FigureFilter filter, Seq<AssignmentFact> facts, Seq<DeliveredVolume> delivered,
                                           Seq<SettlementTotal> totals, Seq<RecoveredTotal> recovered,
                                           Map<Tuple2<MunicipalityCode, Integer>, Long> inhabitants,
                                           BiFunction<AgbCode, LocalDate, Option<Integer>> norms) {
    return Figures.compute(filter, facts, delivered, totals, recovered, FiguresGen.context(inhabitants, norms));
  }

  /** Settlement totals and recovered totals of one question. */
  private static org.quicktheories.core.Gen<Tuple2<List<SettlementTotal>, List<RecoveredTotal>>> costs() {
    return FiguresGen.totals().zip(FiguresGen.recovered(), Tuple::of);
  }

  /** Whether the filter wants a recovery: it has no category or product, so not when the filter names one. */
  private static boolean wantedRecovery(FigureFilter filter, RecoveredTotal r) {
    return filter.category().isEmpty() && filter.product().isEmpty() && months(filter).contains(r.month())
        && filter.member().forAll(m -> m.equals(r.member())) && filter.provider().forAll(p -> p.equals(r.provider()));
  }

  // ---- the naive side

  private static List<YearMonth> months(FigureFilter f) {
    List<YearMonth> months = List.empty();
    for (YearMonth m = f.from(); !m.isAfter(f.until()); m = m.plusMonths(1)) {
      months = months.append(m);
    }
    return months;
  }

  private static List<LocalDate> days(YearMonth m) {
    return List.ofAll(m.atDay(1).datesUntil(m.atEndOfMonth().plusDays(1)));
  }

  private static boolean delivering(AssignmentFact f, LocalDate d) {
    return f.deliveryStart().isDefined() && !d.isBefore(f.deliveryStart().get())
        && (f.stop().isDefined() ? !d.isAfter(f.stop().get().date())
            : f.validity().end().isEmpty() || !d.isAfter(f.validity().end().get()));
  }

  private static boolean wanted(FigureFilter filter, MunicipalityCode m, AgbCode p, ProductCategory c,
                                Option<nl.wmokader.core.catalogue.domain.ProductCode> product) {
    return (filter.member().isEmpty() || filter.member().get().equals(m))
        && (filter.provider().isEmpty() || filter.provider().get().equals(p))
        && (filter.category().isEmpty() || filter.category().get() == c)
        && (filter.product().isEmpty() || product.isDefined() && product.get().equals(filter.product().get()));
  }

  private static Seq<AssignmentFact> wanted(FigureFilter filter, Seq<AssignmentFact> facts) {
    return facts.filter(f -> wanted(filter, f.member(), f.provider(), f.category(), f.product()));
  }

  private static boolean sameCell(AssignmentFact f, FigureKey k) {
    return f.member().equals(k.member()) && f.provider().equals(k.provider()) && f.category() == k.category()
        && f.product().equals(k.product());
  }

  /** The naive use figures of one cell; null when the cell has nothing at all. */
  private static UseFigures naiveUse(FigureKey k, Seq<AssignmentFact> facts, Seq<DeliveredVolume> delivered) {
    Seq<AssignmentFact> cell = facts.filter(f -> sameCell(f, k));
    List<LocalDate> days = days(k.month());
    long clients = cell.filter(f -> days.exists(d -> delivering(f, d))).map(AssignmentFact::client).distinct().size();
    long issued = cell.count(f -> f.assignedOn().getYear() == k.month().getYear()
        && f.assignedOn().getMonth() == k.month().getMonth());
    Seq<AssignmentFact> ended = cell.filter(f -> f.stop().isDefined()
        && days.contains(f.stop().get().date()));
    Map<StopReason, Long> byReason = HashMap.empty();
    for (AssignmentFact f : ended) {
      byReason = byReason.put(f.stop().get().reason(), byReason.get(f.stop().get().reason()).getOrElse(0L) + 1);
    }
    Map<UseFigures.AssignedUnit, Long> assigned = HashMap.empty();
    for (AssignmentFact f : cell) {
      boolean inForce = days.exists(d -> !d.isBefore(f.validity().start())
          && (f.validity().end().isEmpty() || !d.isAfter(f.validity().end().get()))
          && (f.stop().isEmpty() || !d.isAfter(f.stop().get().date())));
      if (f.volume().isDefined() && inForce) {
        boolean hours = f.volume().get().unit() == Unit.HOUR;
        UseFigures.AssignedUnit unit = new UseFigures.AssignedUnit(hours ? Unit.MINUTE : f.volume().get().unit(),
            f.volume().get().frequency());
        assigned = assigned.put(unit, assigned.get(unit).getOrElse(0L) + f.volume().get().quantity() * (hours ? 60 : 1));
      }
    }
    Map<Unit, Long> deliveredByUnit = HashMap.empty();
    for (DeliveredVolume v : delivered.filter(v -> v.key().equals(k))) {
      deliveredByUnit = deliveredByUnit.put(v.unit(), deliveredByUnit.get(v.unit()).getOrElse(0L) + v.quantity());
    }
    if (clients == 0 && issued == 0 && ended.isEmpty() && assigned.isEmpty() && deliveredByUnit.isEmpty()) {
      return null;
    }
    return new UseFigures(k, clients, issued, ended.size(), byReason, assigned, deliveredByUnit);
  }

  private static long nearestRank(List<Long> values, int percent) {
    List<Long> sorted = values.sorted();
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(index, 0));
  }

  private static Distribution naiveDistribution(List<Long> values) {
    return new Distribution(values.size(), nearestRank(values, 25), nearestRank(values, 50), nearestRank(values, 75),
        nearestRank(values, 90));
  }

  // ---- properties

  @Test
  void use_figures_match_a_day_by_day_count_per_cell() {
    qt().forAll(FiguresGen.filters(), FiguresGen.assignmentLists(), FiguresGen.delivered())
        .checkAssert((filter, assignments, delivered) -> {
          Seq<AssignmentFact> facts = FiguresGen.facts(assignments);
          MonitoringFigures answer = figures(filter, facts, delivered, List.empty(), HashMap.empty(), (p, d) -> Option.none());
          Seq<AssignmentFact> in = wanted(filter, facts);
          Seq<DeliveredVolume> volumes = delivered.filter(v -> wanted(filter, v.key().member(), v.key().provider(),
              v.key().category(), v.key().product()) && months(filter).contains(v.key().month()));
          Set<FigureKey> keys = HashSet.ofAll(volumes.map(DeliveredVolume::key));
          for (YearMonth m : months(filter)) {
            keys = keys.addAll(in.map(f -> new FigureKey(m, f.member(), f.provider(), f.category(), f.product())));
          }
          List<UseFigures> expected = keys.toList().map(k -> naiveUse(k, in, volumes)).filter(u -> u != null)
              .sorted(java.util.Comparator.comparing(UseFigures::key, FigureKey.ORDER));
          assertThat(answer.use().toJavaList()).isEqualTo(expected.toJavaList());
        });
  }

  @Test
  void cost_is_the_filtered_settlement_totals_added_up_per_cell_and_the_recoveries_in_cells_of_their_own() {
    qt().forAll(FiguresGen.filters(), FiguresGen.totals(), FiguresGen.recovered()).checkAssert((filter, totals, recovered) -> {
      MonitoringFigures answer = figures(filter, List.empty(), List.empty(), totals, recovered, HashMap.empty(),
          (p, d) -> Option.none());
      Map<CostKey, CostFigures> expected = HashMap.empty();
      for (SettlementTotal t : totals) {
        if (!wanted(filter, t.member(), t.provider(), t.category(), t.product()) || !months(filter).contains(t.month())) {
          continue;
        }
        CostKey k = new CostKey(t.month(), t.member(), t.provider(), Option.some(t.category()), t.product());
        CostFigures before = expected.get(k).getOrElse(new CostFigures(k, Money.ZERO, Money.ZERO, Money.ZERO, 0));
        expected = expected.put(k, new CostFigures(k, Money.ofCents(before.debits().cents() + t.debits().cents()),
            Money.ofCents(before.credits().cents() + t.credits().cents()), Money.ZERO, before.lines() + t.lines()));
      }
      for (RecoveredTotal r : recovered.filter(r -> wantedRecovery(filter, r))) {
        CostKey k = new CostKey(r.month(), r.member(), r.provider(), Option.none(), Option.none());
        expected = expected.put(k, new CostFigures(k, Money.ZERO, Money.ZERO, r.amount(), 0));
      }
      assertThat(answer.cost().toMap(c -> Tuple.of(c.key(), c))).isEqualTo(expected);
      assertThat(answer.cost().map(CostFigures::key).toJavaList()).isSortedAccordingTo(CostKey.ORDER);
      answer.cost().forEach(c -> assertThat(c.net().cents())
          .isEqualTo(c.debits().cents() - c.credits().cents() - c.recoveries().cents()));
      // a recovery is never spread over a category or product
      answer.cost().filter(c -> c.recoveries().isPositive()).forEach(c -> assertThat(c.key().category()).isEmpty());
      if (filter.category().isDefined() || filter.product().isDefined()) {
        assertThat(answer.cost().filter(c -> c.key().isRecovery() || c.recoveries().isPositive())).isEmpty();
      }
    });
  }

  @Test
  void flows_match_the_clients_with_the_provider_on_each_day() {
    qt().forAll(FiguresGen.filters(), FiguresGen.assignmentLists()).checkAssert((filter, assignments) -> {
      Seq<AssignmentFact> in = wanted(filter, FiguresGen.facts(assignments));
      MonitoringFigures answer = figures(filter, in, List.empty(), List.empty(), HashMap.empty(), (p, d) -> Option.none());
      List<FlowFigures> expected = List.empty();
      for (YearMonth m : months(filter)) {
        for (AgbCode p : FiguresGen.PROVIDERS.sortBy(AgbCode::value)) {
          Seq<AssignmentFact> own = in.filter(f -> f.provider().equals(p));
          Set<Long> present = HashSet.empty();
          Set<Long> before = HashSet.empty();
          Set<Long> after = HashSet.empty();
          for (AssignmentFact f : own) {
            if (days(m).exists(d -> delivering(f, d))) {
              present = present.add(f.client());
            }
            if (delivering(f, m.atDay(1).minusDays(1))) {
              before = before.add(f.client());
            }
            if (delivering(f, m.atEndOfMonth().plusDays(1))) {
              after = after.add(f.client());
            }
          }
          if (present.isEmpty()) {
            continue;
          }
          Set<Long> was = before;
          Set<Long> stays = after;
          long inflow = present.count(c -> !was.contains(c));
          Set<Long> out = present.filter(c -> !stays.contains(c));
          long through = present.count(c -> was.contains(c) && stays.contains(c));
          Map<StopReason, Long> reasons = HashMap.empty();
          long withoutStop = 0;
          for (long c : out) {
            // every way a delivery of this client with p ended in m, latest first, a stop before a lapse, low codes first
            List<Tuple2<LocalDate, String>> ends = List.empty();
            for (AssignmentFact f : own.filter(x -> x.client() == c && x.deliveryStart().isDefined())) {
              if (f.stop().isDefined()) {
                ends = ends.append(Tuple.of(f.stop().get().date(), f.stop().get().reason().code()));
              } else if (f.validity().end().isDefined()) {
                ends = ends.append(Tuple.of(f.validity().end().get(), "zz"));
              }
            }
            Tuple2<LocalDate, String> last = ends.filter(e -> YearMonth.from(e._1).equals(m))
                .sorted(java.util.Comparator.comparing((Tuple2<LocalDate, String> e) -> e._1).reversed()
                    .thenComparing(e -> e._2)).head();
            if (last._2.equals("zz")) {
              withoutStop++;
            } else {
              StopReason r = StopReason.ofCode(last._2).get();
              reasons = reasons.put(r, reasons.get(r).getOrElse(0L) + 1);
            }
          }
          expected = expected.append(new FlowFigures(m, p, present.size(), inflow, out.size(), through, reasons,
              withoutStop));
        }
      }
      assertThat(answer.flows().toJavaList()).isEqualTo(expected.toJavaList());
      answer.flows().forEach(f -> {
        assertThat(f.inflow() + f.throughflow()).isLessThanOrEqualTo(f.present());
        assertThat(f.outflow() + f.throughflow()).isLessThanOrEqualTo(f.present());
        assertThat(f.outflowByReason().values().sum().longValue() + f.outflowWithoutStop()).isEqualTo(f.outflow());
      });
    });
  }

  @Test
  void durations_are_sort_and_index_percentiles_of_the_stopped_deliveries() {
    qt().forAll(FiguresGen.filters(), FiguresGen.assignmentLists()).checkAssert((filter, assignments) -> {
      Seq<AssignmentFact> in = wanted(filter, FiguresGen.facts(assignments));
      MonitoringFigures answer = figures(filter, in, List.empty(), List.empty(), HashMap.empty(), (p, d) -> Option.none());
      Map<Tuple2<AgbCode, ProductCategory>, List<Long>> days = HashMap.empty();
      for (AssignmentFact f : in) {
        if (f.deliveryStart().isEmpty() || f.stop().isEmpty() || f.stop().get().reason() == StopReason.CHANGE_REQUEST
            || !months(filter).contains(YearMonth.from(f.stop().get().date()))) {
          continue;
        }
        long counted = f.deliveryStart().get().datesUntil(f.stop().get().date().plusDays(1)).count();
        var k = Tuple.of(f.provider(), f.category());
        days = days.put(k, days.get(k).getOrElse(List.empty()).append(counted));
      }
      assertThat(answer.durations().toMap(d -> Tuple.of(Tuple.of(d.provider(), d.category()), d.days())))
          .isEqualTo(days.mapValues(FiguresPropertiesTest::naiveDistribution));
      assertThat(answer.durations().map(d -> d.provider().value() + d.category().code()).toJavaList()).isSorted();
    });
  }

  /** One support: contiguous parts (a replacement starts the day after the part it replaces stopped). */
  private record Chain(long client, AgbCode provider, ProductCategory category, LocalDate start, List<Integer> spans,
                       List<StopReason> endedBy, List<Boolean> inAnswer) {
    LocalDate stop() {
      return start.plusDays(spans.sum().longValue() - 1);
    }
  }

  private static org.quicktheories.core.Gen<List<Chain>> chains() {
    org.quicktheories.core.Gen<Chain> one = in -> {
      int parts = SourceDSL.integers().between(1, 4).generate(in);
      int firstIn = SourceDSL.integers().between(0, parts - 1).generate(in);
      return new Chain(SourceDSL.integers().between(1, 6).generate(in),
          FiguresGen.PROVIDERS.get(SourceDSL.integers().between(0, 2).generate(in)),
          List.of(ProductCategory.GUIDANCE, ProductCategory.HOUSEHOLD_HELP).get(SourceDSL.integers().between(0, 1).generate(in)),
          FiguresGen.WINDOW.plusDays(SourceDSL.integers().between(0, 200).generate(in)),
          List.fill(parts, () -> SourceDSL.integers().between(1, 90).generate(in)),
          // a change of volume on the provider's request (37) or the municipality's own (36): both replace
          List.fill(parts - 1, () -> SourceDSL.integers().between(0, 1).generate(in) == 0
              ? StopReason.CHANGE_REQUEST : StopReason.INITIATED_BY_MUNICIPALITY),
          // the first parts may lie before the answer's window (as a port answers: a part that stops
          // in or after the window brings its replacement, which starts the day after, along)
          List.range(0, parts).map(k -> k >= firstIn));
    };
    return in -> List.fill(SourceDSL.integers().between(1, 8).generate(in), () -> one.generate(in));
  }

  /** The facts of the chains' parts in the answer, numbered across chains, each linked to the part before it. */
  private static List<AssignmentFact> chainFacts(List<Chain> chains) {
    List<AssignmentFact> facts = List.empty();
    long number = 0;
    for (Chain c : chains) {
      LocalDate from = c.start();
      for (int k = 0; k < c.spans().size(); k++) {
        number++;
        LocalDate to = from.plusDays(c.spans().get(k) - 1);
        StopReason reason = k < c.endedBy().size() ? c.endedBy().get(k) : StopReason.ENDED_AS_PLANNED;
        ChainLink link = k == 0 ? ChainLink.alone(number)
            : new ChainLink(number, Option.some(number - 1), Option.some(c.start()));
        if (c.inAnswer().get(k)) {
          facts = facts.append(new AssignmentFact(c.client(), FiguresGen.MEMBERS.head(), c.provider(), c.category(),
              Option.none(), nl.wmokader.core.shared.DateRange.of(from, c.stop()), from, Option.some(from),
              Option.some(new nl.wmokader.core.indication.domain.AssignmentStop(to, reason)), Option.none(), link));
        }
        from = to.plusDays(1);
      }
    }
    return facts;
  }

  @Test
  void a_chain_of_replacements_counts_once_and_lasts_the_sum_of_its_contiguous_parts() {
    qt().forAll(chains(), integers().between(0, 3)).checkAssert((chains, more) -> {
      YearMonth last = YearMonth.from(chains.head().stop());
      FigureFilter filter = FigureFilter.months(last.minusMonths(more), last);
      MonitoringFigures answer = figures(filter, chainFacts(chains), List.empty(), List.empty(), HashMap.empty(),
          (p, d) -> Option.none());
      Map<Tuple2<AgbCode, ProductCategory>, List<Long>> days = HashMap.empty();
      for (Chain c : chains.filter(c -> months(filter).contains(YearMonth.from(c.stop())))) {
        days = days.put(Tuple.of(c.provider(), c.category()), List.of(c.spans().sum().longValue()), List::appendAll);
      }
      assertThat(answer.durations().toMap(d -> Tuple.of(Tuple.of(d.provider(), d.category()), d.days())))
          .isEqualTo(days.mapValues(FiguresPropertiesTest::naiveDistribution));
      // once per chain, whatever the number of its parts
      assertThat(answer.durations().map(d -> d.days().count()).sum().longValue())
          .isEqualTo(chains.count(c -> months(filter).contains(YearMonth.from(c.stop()))));
    });
  }

  @Test
  void waiting_times_are_sort_and_index_percentiles_against_the_norm_in_force_on_the_assignment_date() {
    qt().forAll(FiguresGen.filters(), FiguresGen.assignmentLists(), FiguresGen.norms())
        .checkAssert((filter, assignments, norms) -> {
          Seq<AssignmentFact> in = wanted(filter, FiguresGen.facts(assignments));
          MonitoringFigures answer = figures(filter, in, List.empty(), List.empty(), HashMap.empty(), norms);
          Map<Object, List<AssignmentFact>> groups = HashMap.empty();
          for (AssignmentFact f : in) {
            if (f.deliveryStart().isDefined() && months(filter).contains(YearMonth.from(f.deliveryStart().get()))) {
              Object k = Tuple.of(f.provider(), f.category(), f.product());
              groups = groups.put(k, groups.get(k).getOrElse(List.empty()).append(f));
            }
          }
          Map<Object, WaitingFigures> expected = groups.map((k, fs) -> {
            List<Long> waits = fs.map(f -> f.assignedOn().isAfter(f.deliveryStart().get()) ? 0L
                : f.assignedOn().datesUntil(f.deliveryStart().get()).count());
            List<Integer> applying = fs.flatMap(f -> norms.apply(f.provider(), f.assignedOn()));
            long over = fs.count(f -> norms.apply(f.provider(), f.assignedOn())
                .exists(n -> f.assignedOn().plusDays(n).isBefore(f.deliveryStart().get())));
            AssignmentFact first = fs.head();
            return Tuple.of(k, new WaitingFigures(first.provider(), first.category(), first.product(),
                naiveDistribution(waits), applying.size(), over, io.vavr.collection.TreeSet.ofAll(applying)));
          });
          assertThat(answer.waitingTimes().toMap(w -> Tuple.of((Object) Tuple.of(w.provider(), w.category(), w.product()), w)))
              .isEqualTo(expected);
        });
  }

  @Test
  void member_rows_count_each_client_once_and_rate_per_thousand_exactly() {
    qt().forAll(FiguresGen.filters(), FiguresGen.assignmentLists(), costs(), FiguresGen.inhabitants())
        .checkAssert((filter, assignments, cost, inhabitants) -> {
          List<SettlementTotal> totals = cost._1;
          List<RecoveredTotal> recovered = cost._2;
          Seq<AssignmentFact> in = wanted(filter, FiguresGen.facts(assignments));
          MonitoringFigures answer = figures(filter, in, List.empty(), totals, recovered, inhabitants,
              (p, d) -> Option.none());
          List<MemberFigures> expected = List.empty();
          for (YearMonth m : months(filter)) {
            for (MunicipalityCode member : FiguresGen.MEMBERS.sortBy(MunicipalityCode::value)) {
              if (filter.member().isDefined() && !filter.member().get().equals(member)) {
                continue;
              }
              Seq<AssignmentFact> own = in.filter(f -> f.member().equals(member));
              long clients = own.filter(f -> days(m).exists(d -> delivering(f, d))).map(AssignmentFact::client)
                  .distinct().size();
              long issued = own.count(f -> YearMonth.from(f.assignedOn()).equals(m));
              long ended = own.count(f -> f.stop().exists(s -> YearMonth.from(s.date()).equals(m)));
              Seq<SettlementTotal> paid = totals.filter(t -> t.member().equals(member) && t.month().equals(m)
                  && wanted(filter, t.member(), t.provider(), t.category(), t.product()));
              long debits = paid.map(t -> t.debits().cents()).sum().longValue();
              long credits = paid.map(t -> t.credits().cents()).sum().longValue();
              long recoveries = recovered.filter(r -> r.member().equals(member) && r.month().equals(m)
                  && wantedRecovery(filter, r)).map(r -> r.amount().cents()).sum().longValue();
              Option<Long> people = inhabitants.get(Tuple.of(member, m.getYear()));
              Option<MemberFigures.Benchmark> rates = people.filter(n -> n > 0).map(n -> new MemberFigures.Benchmark(
                  rate(clients, n), rate(issued, n), rate(ended, n), money(debits, n), money(credits, n),
                  money(recoveries, n), money(debits - credits - recoveries, n)));
              expected = expected.append(new MemberFigures(m, member, clients, issued, ended, Money.ofCents(debits),
                  Money.ofCents(credits), Money.ofCents(recoveries), people, rates));
            }
          }
          assertThat(answer.members().toJavaList()).isEqualTo(expected.toJavaList());
        });
  }

  private static PerThousand rate(long count, long inhabitants) {
    return new PerThousand(BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(1000))
        .divide(BigDecimal.valueOf(inhabitants), 2, RoundingMode.HALF_UP).unscaledValue().longValueExact());
  }

  private static Money money(long cents, long inhabitants) {
    return Money.ofCents(BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(1000))
        .divide(BigDecimal.valueOf(inhabitants), 0, RoundingMode.HALF_UP).longValueExact());
  }

  @Test
  void percentiles_are_the_sorted_value_at_the_nearest_rank() {
    qt().forAll(lists().of(longs().between(0, 1_000)).ofSizeBetween(1, 60)).checkAssert(values -> {
      List<Long> vs = List.ofAll(values);
      assertThat(Distribution.of(vs)).isEqualTo(naiveDistribution(vs));
      Distribution d = Distribution.of(vs);
      assertThat(vs).contains(d.p25(), d.median(), d.p75(), d.p90());
      assertThat(d.p25()).isLessThanOrEqualTo(d.median());
      assertThat(d.median()).isLessThanOrEqualTo(d.p75());
      assertThat(d.p75()).isLessThanOrEqualTo(d.p90());
    });
  }

  @Test
  void a_rate_per_thousand_is_exact_and_rounded_half_up_once() {
    qt().forAll(longs().between(-10_000_000, 10_000_000), longs().between(1, 2_000_000)).checkAssert((count, people) -> {
      assertThat(PerThousand.of(count, people)).isEqualTo(rate(count, people));
      assertThat(PerThousand.money(Money.ofCents(count), people)).isEqualTo(money(count, people));
    });
    assertThat(PerThousand.of(12, 37_000).toString()).isEqualTo("0.32");
    assertThat(PerThousand.of(1, 200_000).hundredths()).isEqualTo(1);   // 0.005 rounds up
    assertThat(PerThousand.of(1, 200_001).hundredths()).isEqualTo(0);
    assertThat(PerThousand.of(-1, 200_000).hundredths()).isEqualTo(-1); // half away from zero
    assertThat(Distribution.of(List.of(4L, 1L, 3L, 2L)).median()).isEqualTo(2);
  }

  /** Found by a property in CI: an assignment stopped before it was ever delivered ended no delivery. */
  @Test
  void a_stop_of_an_assignment_never_delivered_is_not_the_reason_the_clients_delivery_ended() {
    MunicipalityCode oss = MunicipalityCode.of("0828");
    AgbCode provider = AgbCode.of("12345678");
    LocalDate end = LocalDate.of(2026, 9, 21);
    AssignmentFact neverDelivered = new AssignmentFact(1, oss, provider, ProductCategory.GUIDANCE, Option.none(),
        nl.wmokader.core.shared.DateRange.of(LocalDate.of(2026, 6, 24), end), LocalDate.of(2026, 7, 8), Option.none(),
        Option.some(new nl.wmokader.core.indication.domain.AssignmentStop(end, StopReason.DECEASED)), Option.none(),
        ChainLink.alone(1));
    AssignmentFact delivered = new AssignmentFact(1, oss, provider, ProductCategory.GUIDANCE, Option.none(),
        nl.wmokader.core.shared.DateRange.of(LocalDate.of(2026, 6, 1), end), LocalDate.of(2026, 6, 1),
        Option.some(LocalDate.of(2026, 9, 1)), Option.none(), Option.none(), ChainLink.alone(2));
    FlowFigures september = Figures.flows(FigureFilter.months(YearMonth.of(2026, 9), YearMonth.of(2026, 9)),
        List.of(neverDelivered, delivered)).single();
    assertThat(september.outflow()).isEqualTo(1);
    assertThat(september.outflowByReason()).isEmpty();
    assertThat(september.outflowWithoutStop()).isEqualTo(1);
  }

  @Test
  void a_table_computed_alone_is_that_table_of_the_whole_answer_and_the_others_are_empty() {
    qt().withExamples(150).forAll(FiguresGen.filters(), FiguresGen.assignmentLists(), FiguresGen.delivered(), costs())
        .checkAssert((filter, assignments, delivered, cost) -> {
          List<SettlementTotal> totals = cost._1;
          List<RecoveredTotal> recovered = cost._2;
          Seq<AssignmentFact> facts = FiguresGen.facts(assignments);
          var context = FiguresGen.context(HashMap.empty(), (p, d) -> Option.some(14));
          MonitoringFigures all = Figures.compute(filter, facts, delivered, totals, recovered, context);
          for (FigureTable table : FigureTable.values()) {
            // only what the table needs is given, as the use case reads only that
            MonitoringFigures alone = Figures.compute(filter, java.util.EnumSet.of(table),
                table.needsAssignments() ? facts : List.empty(), table.needsDelivered() ? delivered : List.empty(),
                table.needsCosts() ? totals : List.empty(), table.needsCosts() ? recovered : List.empty(), context);
            List<Seq<?>> whole = List.of(all.use(), all.cost(), all.flows(), all.durations(), all.waitingTimes(),
                all.members());
            List<Seq<?>> one = List.of(alone.use(), alone.cost(), alone.flows(), alone.durations(), alone.waitingTimes(),
                alone.members());
            for (int i = 0; i < whole.size(); i++) {
              assertThat(one.get(i)).as(table + " at " + i).isEqualTo(i == table.ordinal() ? whole.get(i) : List.empty());
            }
          }
        });
  }
}
