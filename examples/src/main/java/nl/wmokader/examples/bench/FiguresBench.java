package nl.wmokader.examples.bench;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import nl.wmokader.adapters.jdbc.JdbcAssignmentRepository;
import nl.wmokader.adapters.jdbc.JdbcClaimRepository;
import nl.wmokader.adapters.jdbc.JdbcMonitoringFacts;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentStop;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.FigureTable;
import nl.wmokader.core.monitoring.domain.Figures;
import nl.wmokader.core.monitoring.domain.MonitoringFigures;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.examples.bench.RegionYear.Planned;
import nl.wmokader.examples.demo.DemoRegion;

/**
 * (i) The monitoring figures at vendor scale: a year (2026) of {@value #LINES} claim lines on
 * 20,000 assignments of the region-year's plan ({@link RegionYear}: 150 providers, every member;
 * smoke: {@value #SMOKE_LINES} lines on {@code --assignments}), on PostgreSQL when {@value
 * JdbcWorld#POSTGRES_URL} names a server, else on H2. Setup writes fast, not through the use
 * cases: region, catalogue and contracts through them, the assignments (issued through 2025 and
 * 2026, delivery started on most, a third stopped with a reason) with one {@code saveAll} per
 * thousand, and the lines as one answered claim per provider and month through {@code
 * JdbcClaimRepository.save} (COPY, the totals raised as in production, no validation), with a
 * credit and its resubmission on every 50th assignment-month. Then {@code ANALYZE}.
 *
 * <p>Timed, each the median of {@code --runs} (at least 5; smoke 1) after two warm-ups, for one
 * month region-wide, one month of one member and the whole year: the whole use case (every table
 * of one answer: use, cost, flows, durations, waiting times, members, the very computation each
 * {@code GET /monitoring/figures/{table}} makes) and its three reads alone (the assignment facts,
 * the delivered totals, settlement's totals). The floor, in the same run: a plain indexed scan of
 * the same lines, {@code COUNT(*)} and {@code SUM(volume)} of the months' claim lines through a
 * scratch index on {@code period_start} (made for this run only). Once each, for comparison: the
 * delivered volume summed from the lines as before V19.
 */
final class FiguresBench {
  static final int LINES = 2_000_000;
  static final int SMOKE_LINES = 20_000;
  static final int ASSIGNMENTS = 20_000;
  private static final int YEAR = 2026;
  private static final Actor ANALYST = Actor.analyst();

  private final BenchOptions options;
  private final PrintStream log;

  FiguresBench(BenchOptions options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  java.util.List<Result> run() throws Exception {
    int assignments = options.smoke() ? options.assignments() : Math.max(options.assignments(), ASSIGNMENTS);
    int lines = options.smoke() ? SMOKE_LINES : LINES;
    int runs = options.smoke() ? 1 : Math.max(5, options.runs());
    Option<JdbcWorld> pg = JdbcWorld.postgres();
    try (JdbcWorld world = pg.getOrElse(JdbcWorld::h2)) {
      log.printf(Locale.ROOT, "i. figures on %s: %,d assignments, ~%,d claim lines in %d%n", world.name, assignments,
          lines, YEAR);
      long begin = System.nanoTime();
      int written = seed(world, assignments, lines);
      try (Connection c = world.connection(); Statement s = c.createStatement()) {
        s.execute("CREATE INDEX bench_line_period ON wmo_claim_line (period_start)");
        if (pg.isDefined()) {
          s.execute("ANALYZE");
        }
      }
      log.printf(Locale.ROOT, "   setup: %,d lines written in %.1f s%n", written, (System.nanoTime() - begin) / 1e9);
      YearMonth month = YearMonth.of(YEAR, 6);
      MunicipalityCode member = DemoRegion.BERNHEZE;
      java.util.List<Result> rows = new ArrayList<>();
      rows.addAll(measure(world, "month", FigureFilter.months(month, month), month, month, runs));
      rows.addAll(measure(world, "month, one member", FigureFilter.months(month, month).withMember(member), month,
          month, runs));
      rows.addAll(measure(world, "year", FigureFilter.months(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12)),
          YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12), runs));
      String note = String.format(Locale.ROOT, "%s, %,d assignments, %,d lines, median of %d", world.name,
          assignments, written, runs);
      return rows.stream().map(r -> new Result(r.name(), r.project(), r.floor(), r.unit(), r.ratio(), r.target(),
          note)).toList();
    }
  }

  private java.util.List<Result> measure(JdbcWorld world, String what, FigureFilter filter, YearMonth from,
                                         YearMonth until, int runs) throws SQLException {
    JdbcMonitoringFacts facts = new JdbcMonitoringFacts(world.pool);
    JdbcClaimRepository claims = new JdbcClaimRepository(world.pool);
    double floor = median(runs, () -> scan(world, from, until));
    double all = median(runs, () -> world.wmo.monitoring().monitoringFigures().monitoringFigures(ANALYST, filter).get());
    double assignments = median(runs, () -> facts.assignments(filter));
    double rowsOnly = median(runs, () -> assignmentRows(world, filter));
    double delivered = median(runs, () -> facts.delivered(filter));
    double cost = median(runs, () -> claims.settlementTotals(filter.member(), filter.from(), filter.until()));
    double recovered = median(runs, () -> facts.recovered(filter));
    // the computation alone, on facts read once and a context that reads nothing
    var factsRead = facts.assignments(filter);
    var deliveredRead = facts.delivered(filter);
    var totalsRead = claims.settlementTotals(filter.member(), filter.from(), filter.until());
    var recoveredRead = facts.recovered(filter);
    Figures.Context fixed = new Figures.Context(DemoRegion.MEMBERS.map(m -> m.code()),
        (m, year) -> Option.some(100_000L), (provider, day) -> Option.some(14));
    double compute = median(runs, () -> Figures.compute(filter, factsRead, deliveredRead, totalsRead, recoveredRead, fixed));
    MonitoringFigures answer = world.wmo.monitoring().monitoringFigures().monitoringFigures(ANALYST, filter).get();
    double fromLines = millis(() -> linesGrouped(world, filter));
    log.printf(Locale.ROOT, "   %-18s every table %7.1f ms (use %d, cost %d, flows %d, durations %d, waiting %d, members %d"
            + " rows; computing alone %.1f ms); assignments %.1f ms (%d facts; rows alone %.1f ms), delivered %.1f ms (from the lines, once:"
            + " %.0f ms), cost %.1f ms; floor %.1f ms (%s)%n",
        what, all, answer.use().size(), answer.cost().size(), answer.flows().size(), answer.durations().size(),
        answer.waitingTimes().size(), answer.members().size(), compute, assignments, facts.assignments(filter).size(), rowsOnly,
        delivered, fromLines, cost, floor, plan(world, from, until));
    String target = "< 50 ms";
    // one table at a time, as GET /monitoring/figures/{table} asks: only that table's facts are read
    java.util.List<Result> tables = new java.util.ArrayList<>();
    StringBuilder alone = new StringBuilder();
    for (FigureTable table : FigureTable.values()) {
      double ms = median(runs, () -> world.wmo.monitoring().monitoringFigures()
          .monitoringFigures(ANALYST, filter, java.util.EnumSet.of(table)).get());
      alone.append(String.format(Locale.ROOT, " %s %.1f", table.name().toLowerCase(Locale.ROOT), ms));
      tables.add(Result.of("i. figures, " + what + ": " + table.name().toLowerCase(Locale.ROOT).replace('_', '-')
          + " table alone", ms, floor, "ms", target, ""));
    }
    log.printf(Locale.ROOT, "   %-18s each table alone (ms):%s%n", what, alone);
    return java.util.stream.Stream.concat(tables.stream(), java.util.stream.Stream.of(
        Result.of("i. figures, " + what + ": every table (one answer)", all, floor, "ms", target, ""),
        Result.of("i. figures, " + what + ": computing alone (Figures.compute)", compute, floor, "ms", "", ""),
        Result.of("i. figures, " + what + ": assignment facts", assignments, floor, "ms", target, ""),
        Result.of("i. figures, " + what + ": delivered totals", delivered, floor, "ms", target, ""),
        Result.of("i. figures, " + what + ": approved cost totals", cost, floor, "ms", target, ""),
        Result.of("i. figures, " + what + ": recovered totals", recovered, floor, "ms", target, "")))
        .toList();
  }

  /** The floor: the months' lines counted and summed by a plain index range scan. */
  private static Object scan(JdbcWorld world, YearMonth from, YearMonth until) {
    try (Connection c = world.connection(); PreparedStatement ps = c.prepareStatement(
        "SELECT COUNT(*), SUM(volume) FROM wmo_claim_line WHERE period_start >= ? AND period_start < ?")) {
      ps.setObject(1, from.atDay(1));
      ps.setObject(2, until.plusMonths(1).atDay(1));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) + rs.getLong(2);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How the database runs the floor: its plan's first scan node. */
  private static String plan(JdbcWorld world, YearMonth from, YearMonth until) throws SQLException {
    if (!world.name.equals("PostgreSQL")) {
      return "H2";
    }
    try (Connection c = world.connection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("EXPLAIN SELECT COUNT(*), SUM(volume) FROM wmo_claim_line WHERE period_start >= DATE '"
             + from.atDay(1) + "' AND period_start < DATE '" + until.plusMonths(1).atDay(1) + "'")) {
      while (rs.next()) {
        String line = rs.getString(1);
        if (line.contains("Scan")) {
          return line.strip().replaceAll("^->\\s*", "").replaceAll("\\s+\\(cost.*", "");
        }
      }
      return "?";
    }
  }

  /** The assignment facts' statement with its rows read but not mapped: what the query alone costs. */
  private static Object assignmentRows(JdbcWorld world, FigureFilter filter) {
    String sql = "SELECT DENSE_RANK() OVER (ORDER BY a.client) AS pseudonym, COALESCE(a.attributed_to, a.responsible)"
        + " AS member, a.provider, a.category, a.product, a.volume_quantity, a.volume_unit, a.volume_frequency,"
        + " a.start_date, a.end_date, a.assigned_on, a.delivery_start, a.stop_date, a.stop_reason"
        + " FROM wmo_assignment a WHERE a.status <> 'DELETED' AND (a.assigned_on BETWEEN ? AND ?"
        + " OR a.start_date <= ? AND (a.stop_date >= ? OR a.stop_date IS NULL AND (a.end_date IS NULL OR a.end_date >= ?)))"
        + (filter.member().isDefined() ? " AND COALESCE(a.attributed_to, a.responsible) = '" + filter.member().get().value() + "'" : "");
    try (Connection c = world.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, filter.firstDay());
      ps.setObject(2, filter.lastDay());
      ps.setObject(3, filter.lastDay().plusDays(1));
      ps.setObject(4, filter.firstDay().minusDays(1));
      ps.setObject(5, filter.firstDay().minusDays(1));
      long n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          n++;
        }
      }
      return n;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Delivered volume as JdbcMonitoringFacts summed it from the lines before V19 (for comparison). */
  private static Object linesGrouped(JdbcWorld world, FigureFilter filter) {
    String month = "EXTRACT(YEAR FROM l.period_start) * 12 + EXTRACT(MONTH FROM l.period_start)";
    String first = "DATE '" + filter.firstDay() + "'";
    String last = "DATE '" + filter.lastDay() + "'";
    String sql = "SELECT " + month + " AS m, COALESCE(a.attributed_to, a.responsible) AS member, a.provider, a.category,"
        + " a.product, CASE WHEN l.unit = 'HOUR' THEN 'MINUTE' ELSE l.unit END AS unit,"
        + " SUM(CASE WHEN l.unit = 'HOUR' THEN l.volume * 60 ELSE l.volume END) AS quantity"
        + " FROM wmo_assignment a JOIN wmo_claim_line l ON l.assignment_id = a.id"
        + " LEFT JOIN (SELECT c.assignment_id, c.previous_reference, EXTRACT(YEAR FROM c.period_start) * 12"
        + " + EXTRACT(MONTH FROM c.period_start) AS credit_month FROM wmo_claim_line c WHERE c.approved"
        + " AND c.direction = 'CREDIT' AND c.period_start BETWEEN " + first + " AND " + last + ") cr"
        + " ON cr.assignment_id = l.assignment_id AND cr.previous_reference = l.reference AND cr.credit_month = " + month
        + " WHERE a.status <> 'DELETED' AND l.approved AND l.direction = 'DEBIT' AND l.period_start BETWEEN " + first
        + " AND " + last + " AND cr.assignment_id IS NULL"
        + (filter.member().isDefined() ? " AND COALESCE(a.attributed_to, a.responsible) = '" + filter.member().get().value() + "'" : "")
        + " GROUP BY " + month + ", COALESCE(a.attributed_to, a.responsible), a.provider, a.category, a.product,"
        + " CASE WHEN l.unit = 'HOUR' THEN 'MINUTE' ELSE l.unit END";
    try (Connection c = world.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      long n = 0;
      while (rs.next()) {
        n++;
      }
      return n;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double median(int runs, Supplier<Object> work) {
    for (int i = 0; i < 2; i++) {
      work.get();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      ms[i] = millis(work);
    }
    return Stats.median(ms);
  }

  private static double millis(Supplier<Object> work) {
    long begin = System.nanoTime();
    Object result = work.get();
    long took = System.nanoTime() - begin;
    if (result == null) {
      throw new IllegalStateException("no answer");
    }
    return took / 1e6;
  }

  // --- setup ------------------------------------------------------------------------------------

  /** Writes the year; answers the number of claim lines written. */
  private int seed(JdbcWorld world, int count, int lines) {
    RegionYear plan = RegionYear.plan(RegionYear.Spec.region(count));
    // the region, catalogue and contracts through the use cases (150 providers: seconds)
    plan.define(world.wmo, world.clock);
    Random random = new Random(2026);
    java.util.List<Assignment> assignments = new ArrayList<>(count);
    for (Planned p : plan.planned()) {
      assignments.add(assignment(p, random));
    }
    JdbcAssignmentRepository store = new JdbcAssignmentRepository(world.pool);
    for (int from = 0; from < assignments.size(); from += 1_000) {
      RegionYear.ok("store assignments", store.saveAll(List.ofAll(assignments.subList(from,
          Math.min(assignments.size(), from + 1_000)))));
    }
    // lines per assignment and month of delivery, so that the year holds about `lines`
    long deliveryMonths = 0;
    for (Assignment a : assignments) {
      deliveryMonths += months(a).size();
    }
    int perMonth = (int) Math.max(1, Math.min(28, Math.round((double) lines / Math.max(1, deliveryMonths))));
    JdbcClaimRepository claims = new JdbcClaimRepository(world.pool);
    int written = 0;
    int claimNumber = 0;
    for (int m = 1; m <= 12; m++) {
      YearMonth ym = YearMonth.of(YEAR, m);
      java.util.Map<String, java.util.List<AnsweredLine>> byProvider = new java.util.TreeMap<>();
      for (int i = 0; i < assignments.size(); i++) {
        Assignment a = assignments.get(i);
        Planned p = plan.planned().get(i);
        if (!months(a).contains(ym)) {
          continue;
        }
        java.util.List<AnsweredLine> into = byProvider.computeIfAbsent(a.provider().value(), k -> new ArrayList<>());
        for (int k = 0; k < perMonth; k++) {
          into.add(AnsweredLine.approved(line(a, p, ym, k, perMonth, "D"), p.chargedTo()));
        }
        // every 50th assignment-month: the previous month's first line credited and claimed again
        if (i % 50 == m % 50 && months(a).contains(ym.minusMonths(1))) {
          ClaimLine was = line(a, p, ym.minusMonths(1), 0, perMonth, "D");
          into.add(AnsweredLine.approved(new ClaimLine(reference("C", ym, i, 0), Option.some(was.reference()),
              a.id(), a.client(), a.category(), a.product(), was.period(), was.volume(), was.unit(), was.tariff(),
              was.amount(), DebitCredit.CREDIT), p.chargedTo()));
          into.add(AnsweredLine.approved(new ClaimLine(reference("R", ym, i, 0), Option.none(), a.id(), a.client(),
              a.category(), a.product(), was.period(), was.volume(), was.unit(), was.tariff(), was.amount(),
              DebitCredit.DEBIT), p.chargedTo()));
        }
      }
      for (var e : byProvider.entrySet()) {
        Planned any = plan.planned().stream().filter(p -> p.provider().agb().value().equals(e.getKey())).findFirst()
            .orElseThrow();
        claimNumber++;
        Claim claim = new Claim(new ClaimId(new UUID(0xf1, claimNumber)), any.provider().agb(), any.responsible(), ym,
            String.format("F%07d", claimNumber), ym.plusMonths(1).atDay(5), List.ofAll(e.getValue()));
        RegionYear.ok("store a claim", claims.save(claim, List.empty()));
        written += e.getValue().size();
      }
    }
    return written;
  }

  /** An assignment of the plan, issued between June 2025 and November 2026; most delivering, a third stopped. */
  private static Assignment assignment(Planned p, Random random) {
    LocalDate assigned = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(540));
    LocalDate start = assigned.plusDays(random.nextInt(21));
    LocalDate end = start.plusYears(1);
    Option<LocalDate> delivery = random.nextInt(10) == 0 ? Option.none() : Option.some(start.plusDays(random.nextInt(30)));
    Option<AssignmentStop> stop = Option.none();
    if (delivery.isDefined() && random.nextInt(3) == 0) {
      LocalDate on = delivery.get().plusDays(30 + random.nextInt(270));
      if (on.isBefore(end)) {
        StopReason[] reasons = {StopReason.ENDED_AS_PLANNED, StopReason.ENDED_BY_CLIENT, StopReason.DECEASED,
            StopReason.ENDED_BY_PROVIDER};
        stop = Option.some(new AssignmentStop(on, reasons[random.nextInt(reasons.length)]));
      }
    }
    return Assignment.builder()
        .id(new AssignmentId(new UUID(0xa55, p.index())))
        .indication(new IndicationId(new UUID(0x1d, p.index())))
        .client(p.client())
        .responsibleMunicipality(p.responsible())
        .attributedTo(p.attributedTo())
        .provider(p.provider().agb())
        .type(AssignmentType.SPECIFIC)
        .category(p.product().category())
        .product(Option.some(p.product().code()))
        .volume(Option.some(new Volume(p.quantity(), p.product().unit(), p.product().frequency())))
        .validity(DateRange.of(start, end))
        .assignedOn(assigned)
        .deliveryStart(delivery)
        .stop(stop)
        .status(stop.isDefined() ? AssignmentStatus.STOPPED : delivery.isDefined() ? AssignmentStatus.DELIVERING
            : AssignmentStatus.ASSIGNED)
        .build();
  }

  /** The months of {@value #YEAR} the assignment delivers in. */
  private static java.util.Set<YearMonth> months(Assignment a) {
    java.util.Set<YearMonth> months = new java.util.HashSet<>();
    if (a.deliveryStart().isEmpty()) {
      return months;
    }
    LocalDate last = a.stop().map(AssignmentStop::date).getOrElse(a.validity().end().getOrElse(LocalDate.of(YEAR, 12, 31)));
    for (YearMonth m = YearMonth.from(a.deliveryStart().get()); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
      if (m.getYear() == YEAR) {
        months.add(m);
      }
    }
    return months;
  }

  /** Line {@code k} of {@code perMonth} of an assignment's month: a slice of the month's days. */
  private static ClaimLine line(Assignment a, Planned p, YearMonth ym, int k, int perMonth, String kind) {
    int days = ym.lengthOfMonth();
    int first = 1 + k * days / perMonth;
    int last = Math.max(first, (k + 1) * days / perMonth);
    long volume = 1 + (p.index() + k) % 3;
    long tariff = p.provider().tariffCents(p.product().code());
    return new ClaimLine(reference(kind, ym, p.index(), k), Option.none(), a.id(), a.client(), a.category(), a.product(),
        DateRange.of(ym.atDay(first), ym.atDay(last)), volume, p.product().unit(), Money.ofCents(tariff),
        Money.ofCents(tariff * volume), DebitCredit.DEBIT);
  }

  /** A reference unique per provider: kind, month, assignment and line (at most 12 characters). */
  private static String reference(String kind, YearMonth ym, int assignment, int k) {
    return String.format("%s%X%05X%02d", kind, ym.getMonthValue(), assignment, k);
  }
}
