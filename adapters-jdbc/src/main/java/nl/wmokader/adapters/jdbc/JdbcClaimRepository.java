package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Traversable;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.ClaimSummary;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.domain.LedgerTotals;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.settlement.domain.SettlementSum;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.settlement.port.out.ClaimFilter;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * {@link ClaimRepository} on JDBC: a row per claim in {@code wmo_claim} (with its summary), a row
 * per line in {@code wmo_claim_line} (with the settlement month and provider copied, and the
 * reference it registers, unique per provider), a version and the {@link LedgerTotals} per
 * assignment in {@code wmo_claim_ledger}, and the settlement and turnover totals in {@code
 * wmo_settlement_total} and {@code wmo_turnover_total}, and monitoring's delivered volume per month
 * and the assignment's member, provider, category and product in {@code wmo_delivered_total}
 * (ADR 17), raised in the transaction that stores a claim.
 *
 * <p>The hot path costs a fixed number of statements and round trips, whatever a claim's size and
 * history (ADR 0006). {@link #ledgers(Traversable, Traversable)} reads the ledger rows and the approved lines of
 * the claim's months only, {@link #usedReferences} one indexed query; both pass their keys as one
 * array parameter ({@link Jdbc#whereIn}). {@link #save} is one transaction: the claim row, the
 * ledgers and the totals (one pipelined message on PostgreSQL), then the lines with the references
 * they register (COPY on PostgreSQL, multi-row inserts elsewhere). Ledger rows are moved in the order of their ids and
 * totals in the order of their keys, so that concurrent saves lock rows in one order; should two
 * deadlock all the same, the loser answers {@code StaleVersion} and is validated again. Text sorts
 * in the database's collation; a binary one (H2's default, a {@code C} collation on PostgreSQL)
 * sorts as {@link ClaimRepository#ORDER} does.
 */
public final class JdbcClaimRepository implements ClaimRepository {

  private static final String CLAIM_COLUMNS = "id, provider, municipality, claim_month, claim_number, submitted_on, "
      + "line_count, approved_line_count, submitted_total_cents, approved_total_cents";
  static final String LINE_COLUMNS = "claim_id, position, reference, previous_reference, assignment_id, client, "
      + "category, product, period_start, period_end, volume, unit, tariff_cents, amount_cents, direction, rejections, "
      + "approved, charged_to, settled_month, provider, registered_reference";
  static final int LINE_COLUMN_COUNT = 21;
  /** What a ledger needs of a line. */
  private static final String LEDGER_LINE_COLUMNS = "reference, previous_reference, assignment_id, client, category, "
      + "product, period_start, period_end, volume, unit, tariff_cents, amount_cents, direction";
  private static final String LEDGER_ORDER = " ORDER BY period_start, reference, claim_id, position";
  private static final String SUMMARY_ORDER = " ORDER BY claim_month, submitted_on, claim_number, provider";

  private static final String LEDGER_ROW_COLUMNS = "assignment_id, version, line_count, active_debits, measure,"
      + " rounded_hours";

  private static final String INSERT_CLAIM = "INSERT INTO wmo_claim (" + CLAIM_COLUMNS + ")"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
  /** Moves each ledger on at its expected version (0: absent, inserted at 1); a row that does not hold is left alone. */
  private static final String MOVE_LEDGERS = "MERGE INTO wmo_claim_ledger g"
      + " USING (SELECT * FROM UNNEST(?, ?, ?, ?, ?, ?)"
      + " AS x(assignment_id, expected, line_count, active_debits, measure, rounded_hours)) v"
      + " ON g.assignment_id = v.assignment_id"
      + " WHEN MATCHED AND g.version = v.expected THEN UPDATE SET version = g.version + 1, line_count = v.line_count,"
      + " active_debits = v.active_debits, measure = v.measure, rounded_hours = v.rounded_hours"
      + " WHEN NOT MATCHED AND v.expected = 0 THEN INSERT"
      + " (assignment_id, version, line_count, active_debits, measure, rounded_hours)"
      + " VALUES (v.assignment_id, 1, v.line_count, v.active_debits, v.measure, v.rounded_hours)";
  private static final String RAISE_TOTALS = "MERGE INTO wmo_settlement_total t"
      + " USING (SELECT * FROM UNNEST(?, ?, ?, ?, ?, ?) AS x(member, category, product, debits, credits, lines)) v"
      + " ON t.settled_month = ? AND t.provider = ? AND t.member = v.member AND t.category = v.category"
      + " AND t.product = v.product"
      + " WHEN MATCHED THEN UPDATE SET debits_cents = t.debits_cents + v.debits,"
      + " credits_cents = t.credits_cents + v.credits, line_count = t.line_count + v.lines"
      + " WHEN NOT MATCHED THEN INSERT"
      + " (settled_month, member, provider, category, product, debits_cents, credits_cents, line_count)"
      + " VALUES (?, v.member, ?, v.category, v.product, v.debits, v.credits, v.lines)";
  private static final String RAISE_SUMS = "MERGE INTO wmo_settlement_sum t"
      + " USING (SELECT * FROM UNNEST(?, ?, ?, ?) AS x(member, debits, credits, lines)) v"
      + " ON t.settled_month = ? AND t.provider = ? AND t.member = v.member"
      + " WHEN MATCHED THEN UPDATE SET debits_cents = t.debits_cents + v.debits,"
      + " credits_cents = t.credits_cents + v.credits, line_count = t.line_count + v.lines"
      + " WHEN NOT MATCHED THEN INSERT (settled_month, member, provider, debits_cents, credits_cents, line_count)"
      + " VALUES (?, v.member, ?, v.debits, v.credits, v.lines)";
  private static final String RAISE_TURNOVER = "MERGE INTO wmo_turnover_total t"
      + " USING (SELECT * FROM UNNEST(?, ?, ?) AS x(period_year, debits, credits)) v"
      + " ON t.provider = ? AND t.period_year = v.period_year"
      + " WHEN MATCHED THEN UPDATE SET debits_cents = t.debits_cents + v.debits,"
      + " credits_cents = t.credits_cents + v.credits"
      + " WHEN NOT MATCHED THEN INSERT (provider, period_year, debits_cents, credits_cents)"
      + " VALUES (?, v.period_year, v.debits, v.credits)";
  /**
   * Raises monitoring's delivered totals by the claim's approved volume per assignment, month and
   * unit, keyed by what the assignment holds (its member, provider, category and product); lines of
   * assignments not stored or deleted raise nothing. In key order, as the other totals.
   */
  private static final String RAISE_DELIVERED = "MERGE INTO wmo_delivered_total t"
      + " USING (SELECT x.month_index, COALESCE(a.attributed_to, a.responsible) AS member, a.provider, a.category,"
      + " COALESCE(a.product, '') AS product, x.unit, CAST(SUM(CAST(x.quantity AS BIGINT)) AS BIGINT) AS quantity"
      + " FROM UNNEST(?, ?, ?, ?) AS x(assignment_id, month_index, unit, quantity)"
      + " JOIN wmo_assignment a ON a.id = x.assignment_id WHERE a.status <> 'DELETED'"
      + " GROUP BY x.month_index, COALESCE(a.attributed_to, a.responsible), a.provider, a.category,"
      + " COALESCE(a.product, ''), x.unit"
      + " ORDER BY 1, 2, 3, 4, 5, 6) v"
      + " ON t.month_index = v.month_index AND t.member = v.member AND t.provider = v.provider"
      + " AND t.category = v.category AND t.product = v.product AND t.unit = v.unit"
      + " WHEN MATCHED THEN UPDATE SET quantity = t.quantity + v.quantity"
      + " WHEN NOT MATCHED THEN INSERT (month_index, member, provider, category, product, unit, quantity)"
      + " VALUES (v.month_index, v.member, v.provider, v.category, v.product, v.unit, v.quantity)";
  private static final String COPY_LINES = "COPY wmo_claim_line (" + LINE_COLUMNS + ") FROM STDIN";
  /** Rows per multi-row INSERT where COPY is not there. */
  private static final int LINES_PER_INSERT = 100;

  private final Jdbc jdbc;
  /** The SQL that depends on the database ({@link Jdbc#whereIn}), built on first use. */
  private volatile Sql sql;

  public JdbcClaimRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  /** Queries for the rows of many keys at once, as {@link Jdbc#whereIn} writes them for this database. */
  private record Sql(String ledgerRows, String ledgerLines, String linesOfPeriod, String usedReferences) {
    static Sql of(Jdbc jdbc) {
      return new Sql(
          "SELECT " + LEDGER_ROW_COLUMNS + jdbc.whereIn("wmo_claim_ledger", "assignment_id"),
          "SELECT " + LEDGER_LINE_COLUMNS + jdbc.whereIn("wmo_claim_line", "assignment_id") + " AND approved"
              + LEDGER_ORDER,
          // approved lines with a period starting in [?, ?): by index (assignment_id, period_start)
          "SELECT " + LEDGER_LINE_COLUMNS + jdbc.whereIn("wmo_claim_line", "assignment_id")
              + " AND period_start >= ? AND period_start < ? AND approved" + LEDGER_ORDER,
          "SELECT registered_reference AS reference" + jdbc.whereIn("wmo_claim_line", "registered_reference")
              + " AND provider = ?");
    }
  }

  private Sql sql() {
    Sql known = sql;
    if (known == null) {
      known = Sql.of(jdbc);
      sql = known;
    }
    return known;
  }

  @Override
  public Option<Claim> findById(ClaimId id) {
    return load("id = ?", id.value());
  }

  @Override
  public Option<Claim> findByNumber(AgbCode provider, String number) {
    return load("provider = ? AND claim_number = ?", provider.value(), number);
  }

  /** The claim row and its lines, read together: one round trip on PostgreSQL. */
  private Option<Claim> load(String where, Object... params) {
    Jdbc.Query<ClaimSummary> head = Jdbc.Query.of("SELECT " + CLAIM_COLUMNS + " FROM wmo_claim WHERE " + where,
        JdbcClaimRepository::summary, params);
    Jdbc.Query<AnsweredLine> lines = Jdbc.Query.of("SELECT " + LINE_COLUMNS + " FROM wmo_claim_line"
        + " WHERE claim_id = (SELECT id FROM wmo_claim WHERE " + where + ") ORDER BY position",
        JdbcClaimRepository::answered, params);
    Jdbc.Answers read = jdbc.read(head, lines);
    if (read.of(head).isEmpty()) {
      return Option.none();
    }
    ClaimSummary s = read.of(head).get(0);
    return Option.some(new Claim(s.id(), s.provider(), s.municipality(), s.month(), s.number(), s.submittedOn(),
        List.ofAll(read.of(lines))));
  }

  @Override
  public Page<ClaimSummary> findSummaries(ClaimFilter filter, PageRequest page) {
    java.util.List<String> terms = new ArrayList<>();
    java.util.List<Object> params = new ArrayList<>();
    filter.provider().forEach(p -> {
      terms.add("provider = ?");
      params.add(p.value());
    });
    filter.municipality().forEach(m -> {
      terms.add("municipality = ?");
      params.add(m.value());
    });
    filter.month().forEach(m -> {
      terms.add("claim_month = ?");
      params.add(m.atDay(1));
    });
    String where = terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    Jdbc.Query<Long> count = Jdbc.Query.of("SELECT COUNT(*) AS n FROM wmo_claim" + where, rs -> rs.getLong("n"),
        params.toArray());
    java.util.List<Object> paged = new ArrayList<>(params);
    paged.add(page.limit());
    paged.add(page.offset());
    Jdbc.Query<ClaimSummary> items = Jdbc.Query.of(
        "SELECT " + CLAIM_COLUMNS + " FROM wmo_claim" + where + SUMMARY_ORDER + " LIMIT ? OFFSET ?",
        JdbcClaimRepository::summary, paged.toArray());
    Jdbc.Answers read = jdbc.read(count, items);
    return new Page<>(List.ofAll(read.of(items)), read.of(count).get(0), page);
  }

  /** The complete ledgers: every approved line of the assignments, with the versions, in one snapshot. */
  @Override
  public Map<AssignmentId, AssignmentLedger> ledgers(Set<AssignmentId> assignments) {
    if (assignments.isEmpty()) {
      return HashMap.empty();
    }
    Jdbc.SqlArray ids = uuids(assignments);
    Jdbc.Query<LedgerRow> rows = Jdbc.Query.of(sql().ledgerRows, JdbcClaimRepository::ledgerRow, ids);
    Jdbc.Query<ClaimLine> lines = Jdbc.Query.of(sql().ledgerLines, JdbcClaimRepository::line, ids);
    Jdbc.Answers read = jdbc.read(rows, lines);
    java.util.Map<UUID, LedgerRow> versions = byAssignment(read.of(rows));
    java.util.Map<UUID, java.util.List<ClaimLine>> approved = linesByAssignment(read.of(lines));
    return assignments.toMap(a -> a, a -> new AssignmentLedger(a,
        Option.of(versions.get(a.value())).map(LedgerRow::version).getOrElse(0L),
        List.ofAll(approved.getOrDefault(a.value(), java.util.List.of()))));
  }

  /**
   * The ledgers as validating lines of {@code months} needs them: the stored version and totals, and
   * the approved lines whose period starts in one of those months (one indexed query per run of
   * consecutive months), all in one snapshot: one round trip on PostgreSQL, whatever the history.
   */
  @Override
  public Seq<AssignmentLedger> ledgers(Traversable<AssignmentId> assignments, Traversable<YearMonth> months) {
    if (assignments.isEmpty()) {
      return List.empty();
    }
    Set<YearMonth> held = HashSet.ofAll(months);
    Jdbc.SqlArray ids = uuids(assignments);
    Jdbc.Query<LedgerRow> rows = Jdbc.Query.of(sql().ledgerRows, JdbcClaimRepository::ledgerRow, ids);
    java.util.List<Jdbc.Query<?>> queries = new ArrayList<>();
    queries.add(rows);
    java.util.List<Jdbc.Query<ClaimLine>> periods = new ArrayList<>();
    for (Tuple2<YearMonth, YearMonth> run : runs(held)) {
      Jdbc.Query<ClaimLine> q = Jdbc.Query.of(sql().linesOfPeriod, JdbcClaimRepository::line, ids, run._1.atDay(1),
          run._2.plusMonths(1).atDay(1));
      periods.add(q);
      queries.add(q);
    }
    Jdbc.Answers read = jdbc.read(queries.toArray(new Jdbc.Query<?>[0]));
    java.util.Map<UUID, LedgerRow> stored = byAssignment(read.of(rows));
    java.util.List<ClaimLine> all = new ArrayList<>();
    periods.forEach(q -> all.addAll(read.of(q)));
    java.util.Map<UUID, java.util.List<ClaimLine>> approved = linesByAssignment(all);
    java.util.List<AssignmentLedger> ledgers = new ArrayList<>();
    for (AssignmentId a : assignments) {
      LedgerRow row = stored.get(a.value());
      ledgers.add(AssignmentLedger.partial(a, row == null ? 0 : row.version, held,
          List.ofAll(approved.getOrDefault(a.value(), java.util.List.of())), row == null ? LedgerTotals.ZERO : row.totals));
    }
    return io.vavr.collection.Array.ofAll(ledgers);
  }

  /** The runs of consecutive months in {@code months}, each as its first and last month, in order. */
  static java.util.List<Tuple2<YearMonth, YearMonth>> runs(Set<YearMonth> months) {
    java.util.List<Tuple2<YearMonth, YearMonth>> runs = new ArrayList<>();
    for (YearMonth m : months.toSortedSet()) {
      if (!runs.isEmpty() && runs.get(runs.size() - 1)._2.plusMonths(1).equals(m)) {
        runs.set(runs.size() - 1, Tuple.of(runs.get(runs.size() - 1)._1, m));
      } else {
        runs.add(Tuple.of(m, m));
      }
    }
    return runs;
  }

  private record LedgerRow(UUID assignment, long version, LedgerTotals totals) {}

  private static LedgerRow ledgerRow(ResultSet rs) throws SQLException {
    return new LedgerRow(rs.getObject("assignment_id", UUID.class), rs.getLong("version"), new LedgerTotals(
        rs.getLong("line_count"), rs.getLong("active_debits"), rs.getLong("measure"), rs.getLong("rounded_hours")));
  }

  private static java.util.Map<UUID, LedgerRow> byAssignment(java.util.List<LedgerRow> rows) {
    java.util.Map<UUID, LedgerRow> map = new java.util.HashMap<>();
    rows.forEach(r -> map.put(r.assignment, r));
    return map;
  }

  private static java.util.Map<UUID, java.util.List<ClaimLine>> linesByAssignment(java.util.List<ClaimLine> lines) {
    java.util.Map<UUID, java.util.List<ClaimLine>> map = new java.util.HashMap<>();
    for (ClaimLine line : lines) {
      map.computeIfAbsent(line.assignment().value(), k -> new ArrayList<>()).add(line);
    }
    return map;
  }

  private static Jdbc.SqlArray uuids(Traversable<AssignmentId> assignments) {
    return Jdbc.array("uuid", assignments.toJavaList().stream().map(AssignmentId::value).toArray());
  }

  @Override
  public Set<String> usedReferences(AgbCode provider, io.vavr.collection.Traversable<String> references) {
    if (references.isEmpty()) {
      return HashSet.empty();
    }
    return HashSet.ofAll(jdbc.select(sql().usedReferences, rs -> rs.getString("reference"),
        Jdbc.array("varchar", references.toJavaArray()), provider.value()));
  }

  @Override
  public Either<DomainError, Claim> save(Claim claim, Seq<AssignmentLedger> moved) {
    DomainError duplicate = new CommonError.Duplicate("claim", claim.number());
    // a unique key another claim took meanwhile: mostly a reference, else a new ledger or settlement total
    DomainError staleReference = new CommonError.StaleVersion("ClaimReference", claim.provider().value(), 0);
    DomainError conflict = new CommonError.StaleVersion("Claim", claim.number(), 0);
    List<AssignmentLedger> ledgers = inIdOrder(moved);
    YearMonth settled = YearMonth.from(claim.submittedOn());
    List<SettlementTotal> totals = totalsOf(claim);
    java.util.List<Delivered> delivered = deliveredOf(claim);
    String ledgerRows = sql().ledgerRows;
    return jdbc.change(c -> {
      ClaimSummary s = claim.summary();
      java.util.List<Jdbc.Step> steps = new ArrayList<>();
      steps.add(Jdbc.Step.of(INSERT_CLAIM, s.id().value(), s.provider().value(), s.municipality().value(),
          s.month().atDay(1), s.number(), s.submittedOn(), s.lineCount(), s.approvedLineCount(),
          s.submittedTotal().cents(), s.approvedTotal().cents()));
      if (!ledgers.isEmpty()) {
        steps.add(Jdbc.Step.of(MOVE_LEDGERS, Jdbc.array("uuid", ledgers.map(l -> l.assignment().value()).toJavaArray()),
            longs(ledgers, AssignmentLedger::version),
            longs(ledgers, l -> l.totals().lines()),
            longs(ledgers, l -> l.totals().activeDebits()),
            longs(ledgers, l -> l.totals().measure()),
            longs(ledgers, l -> l.totals().roundedHours())));
      }
      if (!totals.isEmpty()) {
        steps.add(Jdbc.Step.of(RAISE_TOTALS, Jdbc.array("varchar", totals.map(t -> t.member().value()).toJavaArray()),
            Jdbc.array("varchar", totals.map(t -> t.category().name()).toJavaArray()),
            Jdbc.array("varchar", totals.map(t -> t.product().map(ProductCode::value).getOrElse("")).toJavaArray()),
            Jdbc.array("bigint", totals.map(t -> t.debits().cents()).toJavaArray()),
            Jdbc.array("bigint", totals.map(t -> t.credits().cents()).toJavaArray()),
            Jdbc.array("bigint", totals.map(SettlementTotal::lines).toJavaArray()),
            settled.atDay(1), claim.provider().value(), settled.atDay(1), claim.provider().value()));
        java.util.SortedMap<String, long[]> members = sumsOf(totals);
        steps.add(Jdbc.Step.of(RAISE_SUMS, Jdbc.array("varchar", members.keySet().toArray()),
            Jdbc.array("bigint", members.values().stream().map(t -> (Object) t[0]).toArray()),
            Jdbc.array("bigint", members.values().stream().map(t -> (Object) t[1]).toArray()),
            Jdbc.array("bigint", members.values().stream().map(t -> (Object) t[2]).toArray()),
            settled.atDay(1), claim.provider().value(), settled.atDay(1), claim.provider().value()));
        java.util.SortedMap<Integer, long[]> years = turnoverOf(claim);
        steps.add(Jdbc.Step.of(RAISE_TURNOVER, Jdbc.array("integer", years.keySet().toArray()),
            Jdbc.array("bigint", years.values().stream().map(t -> (Object) t[0]).toArray()),
            Jdbc.array("bigint", years.values().stream().map(t -> (Object) t[1]).toArray()),
            claim.provider().value(), claim.provider().value()));
      }
      if (!delivered.isEmpty()) {
        steps.add(Jdbc.Step.of(RAISE_DELIVERED,
            Jdbc.array("uuid", delivered.stream().map(d -> (Object) d.assignment()).toArray()),
            Jdbc.array("integer", delivered.stream().map(d -> (Object) d.monthIndex()).toArray()),
            Jdbc.array("varchar", delivered.stream().map(d -> (Object) d.unit()).toArray()),
            Jdbc.array("bigint", delivered.stream().map(d -> (Object) d.quantity()).toArray())));
      }
      int[] counts = Jdbc.run(c, steps);
      if (counts[0] == 0) {
        return Either.left(duplicate);
      }
      if (!ledgers.isEmpty() && counts[1] != ledgers.size()) {
        return Either.left(stale(c, ledgerRows, ledgers));
      }
      if (Jdbc.isPostgres(c)) {
        copyLines(c, claim);
      } else {
        insertLines(c, claim);
      }
      return Either.right(claim);
    }, () -> staleReference, () -> conflict);
  }

  /**
   * {@code moved}, one per assignment, in the order of their ids as the database orders UUIDs
   * (bytewise, so unsigned): the order in which a save moves them.
   */
  private static List<AssignmentLedger> inIdOrder(Seq<AssignmentLedger> moved) {
    java.util.Map<UUID, AssignmentLedger> byId = new java.util.HashMap<>();
    moved.forEach(l -> byId.putIfAbsent(l.assignment().value(), l));
    AssignmentLedger[] sorted = byId.values().toArray(new AssignmentLedger[0]);
    java.util.Arrays.sort(sorted, (a, b) -> compareUnsigned(a.assignment().value(), b.assignment().value()));
    return List.of(sorted);
  }

  private static Jdbc.SqlArray longs(List<AssignmentLedger> ledgers, java.util.function.ToLongFunction<AssignmentLedger> f) {
    return Jdbc.array("bigint", ledgers.map(l -> (Object) f.applyAsLong(l)).toJavaArray());
  }

  /**
   * A ledger that moved meanwhile: the first (in id order) that the save did not move from its
   * expected version, as far as can be told after it (one moved by exactly one looks as if this
   * save moved it; then the first).
   */
  private static DomainError stale(Connection c, String ledgerRows, List<AssignmentLedger> expected)
      throws SQLException {
    java.util.Map<UUID, Long> versions = new java.util.HashMap<>();
    for (Object[] row : Jdbc.query(c, ledgerRows,
        rs -> new Object[] {rs.getObject("assignment_id", UUID.class), rs.getLong("version")},
        Jdbc.array("uuid", expected.map(l -> l.assignment().value()).toJavaArray()))) {
      versions.put((UUID) row[0], (Long) row[1]);
    }
    AssignmentLedger first = expected.find(l -> versions.getOrDefault(l.assignment().value(), 0L) != l.version() + 1)
        .getOrElse(expected.head());
    return new CommonError.StaleVersion("AssignmentLedger", first.assignment().toString(), first.version());
  }

  /** The claim's approved lines summed per member, category and product, in key order: what it adds to settlement. */
  private static List<SettlementTotal> totalsOf(Claim claim) {
    record Key(MunicipalityCode member, ProductCategory category, Option<ProductCode> product) {}
    java.util.Map<Key, long[]> sums = new java.util.HashMap<>();
    for (AnsweredLine a : claim.lines()) {
      if (a.isApproved()) {
        ClaimLine l = a.line();
        long[] sum = sums.computeIfAbsent(new Key(a.chargedTo().get(), l.category(), l.product()), k -> new long[3]);
        sum[l.isCredit() ? 1 : 0] += l.amount().cents();
        sum[2]++;
      }
    }
    YearMonth settled = YearMonth.from(claim.submittedOn());
    return List.ofAll(sums.entrySet()).map(e -> new SettlementTotal(settled, e.getKey().member(), claim.provider(),
            e.getKey().category(), e.getKey().product(), Money.ofCents(e.getValue()[0]), Money.ofCents(e.getValue()[1]),
            e.getValue()[2]))
        .sortBy(t -> t.member().value() + "\t" + t.category().name() + "\t" + t.product().map(ProductCode::value).getOrElse(""));
  }

  /** What a claim adds to (or, negative, takes from) an assignment's delivered volume of a month in a unit. */
  record Delivered(UUID assignment, int monthIndex, String unit, long quantity) {}

  /**
   * The claim's approved volume per assignment, month of the period and unit, hours as minutes:
   * debits add, credits take back (a credit mirrors its debit, so this keeps the active debits);
   * none that sum to 0, in the order of assignment, month and unit.
   */
  static java.util.List<Delivered> deliveredOf(Claim claim) {
    record Key(UUID assignment, int monthIndex, String unit) {}
    java.util.Map<Key, long[]> sums = new java.util.HashMap<>();
    for (AnsweredLine a : claim.lines()) {
      if (a.isApproved()) {
        ClaimLine l = a.line();
        boolean hours = l.unit() == Unit.HOUR;
        YearMonth month = YearMonth.from(l.periodStart());
        Key key = new Key(l.assignment().value(), month.getYear() * 12 + month.getMonthValue() - 1,
            hours ? Unit.MINUTE.name() : l.unit().name());
        long quantity = hours ? Math.multiplyExact(l.volume(), 60) : l.volume();
        sums.computeIfAbsent(key, k -> new long[1])[0] += l.isCredit() ? -quantity : quantity;
      }
    }
    java.util.List<Delivered> delivered = new ArrayList<>(sums.size());
    sums.forEach((k, sum) -> {
      if (sum[0] != 0) {
        delivered.add(new Delivered(k.assignment(), k.monthIndex(), k.unit(), sum[0]));
      }
    });
    delivered.sort(java.util.Comparator.comparing(Delivered::assignment, JdbcClaimRepository::compareUnsigned)
        .thenComparingInt(Delivered::monthIndex).thenComparing(Delivered::unit));
    return delivered;
  }

  /** UUIDs as the database orders them: bytewise, so unsigned. */
  private static int compareUnsigned(UUID x, UUID y) {
    int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
  }

  /** The claim's approved debits and credits per year of their periods, in year order: what it adds to turnover. */
  private static java.util.SortedMap<Integer, long[]> turnoverOf(Claim claim) {
    java.util.SortedMap<Integer, long[]> years = new java.util.TreeMap<>();
    for (AnsweredLine a : claim.lines()) {
      if (a.isApproved()) {
        long[] sums = years.computeIfAbsent(a.line().periodStart().getYear(), y -> new long[2]);
        sums[a.line().isCredit() ? 1 : 0] += a.line().amount().cents();
      }
    }
    return years;
  }

  /** COPY (two round trips, whatever the size); a reference registered meanwhile fails the COPY with 23505. */
  private static void copyLines(Connection c, Claim claim) throws SQLException {
    CopyText rows = new CopyText(claim.lines().size() * 170);
    lineRows(rows, claim);
    Postgres.copyIn(c, COPY_LINES, rows.bytes(), rows.length());
  }

  /** {@code claim}'s lines as rows of {@code wmo_claim_line} ({@link #LINE_COLUMNS}) in COPY text. */
  static void lineRows(CopyText rows, Claim claim) {
    int position = 0;
    LocalDate settledMonth = YearMonth.from(claim.submittedOn()).atDay(1);
    boolean[] registers = registering(claim);
    for (AnsweredLine a : claim.lines()) {
      ClaimLine l = a.line();
      boolean registered = registers[position];
      rows.uuid(claim.id().value()).number(position++).text(l.reference()).text(l.previousReference().getOrNull())
          .uuid(l.assignment().value()).text(l.client().value()).text(l.category().name())
          .text(l.product().map(ProductCode::value).getOrNull()).date(l.periodStart()).date(l.periodEnd())
          .number(l.volume()).text(l.unit().name()).number(l.tariff().cents()).number(l.amount().cents())
          .text(l.direction().name()).text(rejections(a)).bool(a.isApproved())
          .text(a.chargedTo().map(MunicipalityCode::value).getOrNull()).date(settledMonth)
          .text(claim.provider().value()).text(registered ? l.reference() : null).endRow();
    }
  }

  /** Multi-row INSERTs, for databases without COPY; a reference registered meanwhile fails with 23505. */
  private static void insertLines(Connection c, Claim claim) throws SQLException {
    Jdbc.insertRows(c, "wmo_claim_line", LINE_COLUMNS, LINE_COLUMN_COUNT, lineRows(claim), LINES_PER_INSERT);
  }

  private static String rejections(AnsweredLine a) {
    return a.rejections().isEmpty() ? "" : a.rejections().toList().map(RejectionCode::code).mkString(",");
  }

  /**
   * Which of {@code claim}'s lines register their reference: every line's but those rejected as used
   * before, and of a reference used twice in the claim only the first line's.
   */
  private static boolean[] registering(Claim claim) {
    boolean[] registers = new boolean[claim.lines().size()];
    java.util.Set<String> seen = new java.util.HashSet<>();
    int position = 0;
    for (AnsweredLine l : claim.lines()) {
      registers[position++] = !l.rejections().contains(RejectionCode.DUPLICATE_REFERENCE)
          && seen.add(l.line().reference());
    }
    return registers;
  }

  @Override
  public boolean hasApprovedLines(AssignmentId assignment) {
    return !jdbc.select("SELECT 1 AS one FROM wmo_claim_line WHERE assignment_id = ? AND approved LIMIT 1",
        rs -> true, assignment.value()).isEmpty();
  }

  /** Reads the totals kept per provider and period year: one row. */
  @Override
  public Money turnover(AgbCode provider, int year) {
    return jdbc.select("SELECT debits_cents - credits_cents AS net FROM wmo_turnover_total"
            + " WHERE provider = ? AND period_year = ?", rs -> Money.ofCents(rs.getLong("net")), provider.value(), year)
        .stream().findFirst().orElse(Money.ZERO);
  }

  /** Reads the totals kept per settled month (no lines): an index range of the months asked for. */
  @Override
  public Seq<SettlementTotal> settlementTotals(Option<MunicipalityCode> member, YearMonth from, YearMonth until) {
    java.util.List<Object> params = new ArrayList<>();
    params.add(from.atDay(1));
    params.add(until.atDay(1));
    String memberTerm = "";
    if (member.isDefined()) {
      memberTerm = " AND member = ?";
      params.add(member.get().value());
    }
    String sql = "SELECT settled_month, member, provider, category, product, debits_cents, credits_cents, line_count"
        + " FROM wmo_settlement_total WHERE settled_month >= ? AND settled_month <= ?" + memberTerm
        + " ORDER BY settled_month, member, provider";
    // in key order, but the category's order is its iWmo code, which the table does not hold: the
    // last sort has little left to do
    // columns by position, as selected: H2 upper-cases and looks up a column's name on every call,
    // and a member's month is hundreds of rows read on every settlement request
    return List.ofAll(jdbc.select(sql, rs -> new SettlementTotal(
        YearMonth.from(rs.getObject(1, LocalDate.class)), Codes.member(rs.getString(2)),
        Codes.provider(rs.getString(3)), ProductCategory.valueOf(rs.getString(4)),
        Option.of(rs.getString(5)).filter(p -> !p.isEmpty()).map(Codes::product),
        Money.ofCents(rs.getLong(6)), Money.ofCents(rs.getLong(7)), rs.getLong(8)), params.toArray()))
        .sorted(TOTALS_ORDER);
  }

  /** Reads the sums kept per settled month, member and provider: one index range. */
  @Override
  public Seq<SettlementSum> settlementSums(YearMonth month) {
    return List.ofAll(jdbc.select("SELECT member, provider, debits_cents, credits_cents, line_count"
            + " FROM wmo_settlement_sum WHERE settled_month = ? ORDER BY member, provider",
        // by position, as settlementTotals reads
        rs -> new SettlementSum(month, Codes.member(rs.getString(1)), Codes.provider(rs.getString(2)),
            Money.ofCents(rs.getLong(3)), Money.ofCents(rs.getLong(4)), rs.getLong(5)),
        month.atDay(1)));
  }

  /** The claim's totals per member: debits, credits, lines. */
  private static java.util.SortedMap<String, long[]> sumsOf(List<SettlementTotal> totals) {
    java.util.SortedMap<String, long[]> members = new java.util.TreeMap<>();
    for (SettlementTotal t : totals) {
      long[] sum = members.computeIfAbsent(t.member().value(), m -> new long[3]);
      sum[0] = Math.addExact(sum[0], t.debits().cents());
      sum[1] = Math.addExact(sum[1], t.credits().cents());
      sum[2] += t.lines();
    }
    return members;
  }

  /** {@code claim}'s lines as rows of {@link #LINE_COLUMNS}, for INSERTs. */
  static java.util.List<Object[]> lineRows(Claim claim) {
    java.util.List<Object[]> rows = new ArrayList<>(claim.lines().size());
    boolean[] registers = registering(claim);
    LocalDate settledMonth = YearMonth.from(claim.submittedOn()).atDay(1);
    int position = 0;
    for (AnsweredLine a : claim.lines()) {
      ClaimLine l = a.line();
      rows.add(new Object[] {
          claim.id().value(), position, l.reference(), l.previousReference(), l.assignment().value(),
          l.client().value(), l.category(), l.product().map(ProductCode::value), l.periodStart(), l.periodEnd(),
          l.volume(), l.unit(), l.tariff().cents(), l.amount().cents(), l.direction(), rejections(a), a.isApproved(),
          a.chargedTo().map(MunicipalityCode::value), settledMonth, claim.provider().value(),
          registers[position] ? l.reference() : null});
      position++;
    }
    return rows;
  }

  /** A row of {@link #CLAIM_COLUMNS}, by position (lists read many; H2 looks a column name up on every call). */
  private static ClaimSummary summary(ResultSet rs) throws SQLException {
    return new ClaimSummary(new ClaimId(rs.getObject(1, UUID.class)), Codes.provider(rs.getString(2)),
        Codes.member(rs.getString(3)), YearMonth.from(rs.getObject(4, LocalDate.class)), rs.getString(5),
        rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getInt(8), Money.ofCents(rs.getLong(9)),
        Money.ofCents(rs.getLong(10)));
  }

  private static ClaimLine line(ResultSet rs) throws SQLException {
    return new ClaimLine(rs.getString("reference"), Option.of(rs.getString("previous_reference")),
        new AssignmentId(rs.getObject("assignment_id", UUID.class)), new Bsn(rs.getString("client")),
        ProductCategory.valueOf(rs.getString("category")), Option.of(rs.getString("product")).map(Codes::product),
        DateRange.of(Jdbc.date(rs, "period_start").get(), Jdbc.date(rs, "period_end").get()), rs.getLong("volume"),
        Unit.valueOf(rs.getString("unit")), Money.ofCents(rs.getLong("tariff_cents")),
        Money.ofCents(rs.getLong("amount_cents")), DebitCredit.valueOf(rs.getString("direction")));
  }

  private static AnsweredLine answered(ResultSet rs) throws SQLException {
    String codes = rs.getString("rejections");
    TreeSet<RejectionCode> rejections = codes.isEmpty() ? TreeSet.empty()
        : TreeSet.ofAll(List.of(codes.split(",")).map(code -> RejectionCode.ofCode(code).getOrElseThrow(
            () -> new IllegalStateException("unknown rejection code in wmo_claim_line: " + code))));
    return new AnsweredLine(line(rs), rejections, Option.of(rs.getString("charged_to")).map(Codes::member));
  }
}
