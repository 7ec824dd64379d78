package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
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
import nl.wmokader.core.settlement.domain.RejectionCode;
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
 * per line in {@code wmo_claim_line} (with the claim month and provider copied, so that the
 * aggregates need no join), the registered references in {@code wmo_claim_reference} and a
 * version per assignment in {@code wmo_claim_ledger}.
 *
 * <p>The hot path never costs a round trip per line: {@link #ledgers} is two queries (per chunk of
 * assignments), {@link #save} one transaction of batches. Ledger rows are written in the order of
 * their ids and references in theirs, so that concurrent saves take their locks in one order.
 * Text sorts in the database's collation; a binary one (H2's default, a {@code C} collation on
 * PostgreSQL) sorts as {@link ClaimRepository#ORDER} does.
 */
public final class JdbcClaimRepository implements ClaimRepository {

  private static final String CLAIM_COLUMNS = "id, provider, municipality, claim_month, claim_number, submitted_on, "
      + "line_count, approved_line_count, submitted_total_cents, approved_total_cents";
  private static final String LINE_COLUMNS = "claim_id, position, reference, previous_reference, assignment_id, client, "
      + "category, product, period_start, period_end, volume, unit, tariff_cents, amount_cents, direction, rejections, "
      + "approved, charged_to, settled_month, provider";
  private static final String SUMMARY_ORDER = " ORDER BY claim_month, submitted_on, claim_number, provider";

  /** {@link ClaimRepository#settlementTotals}' order: month, member, provider, category code, product. */
  private final Jdbc jdbc;

  public JdbcClaimRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Claim> findById(ClaimId id) {
    return jdbc.read(c -> load(c, "id = ?", id.value()));
  }

  @Override
  public Option<Claim> findByNumber(AgbCode provider, String number) {
    return jdbc.read(c -> load(c, "provider = ? AND claim_number = ?", provider.value(), number));
  }

  private static Option<Claim> load(Connection c, String where, Object... params) throws SQLException {
    Option<ClaimSummary> head = Jdbc.queryFirst(c, "SELECT " + CLAIM_COLUMNS + " FROM wmo_claim WHERE " + where,
        JdbcClaimRepository::summary, params);
    if (head.isEmpty()) {
      return Option.none();
    }
    ClaimSummary s = head.get();
    List<AnsweredLine> lines = List.ofAll(Jdbc.query(c,
        "SELECT " + LINE_COLUMNS + " FROM wmo_claim_line WHERE claim_id = ? ORDER BY position",
        JdbcClaimRepository::answered, s.id().value()));
    return Option.some(new Claim(s.id(), s.provider(), s.municipality(), s.month(), s.number(), s.submittedOn(), lines));
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
    return jdbc.read(c -> {
      long total = Jdbc.queryFirst(c, "SELECT COUNT(*) AS n FROM wmo_claim" + where, rs -> rs.getLong("n"),
          params.toArray()).get();
      java.util.List<Object> paged = new ArrayList<>(params);
      paged.add(page.limit());
      paged.add(page.offset());
      List<ClaimSummary> items = List.ofAll(Jdbc.query(c,
          "SELECT " + CLAIM_COLUMNS + " FROM wmo_claim" + where + SUMMARY_ORDER + " LIMIT ? OFFSET ?",
          JdbcClaimRepository::summary, paged.toArray()));
      return new Page<>(items, total, page);
    });
  }

  @Override
  public Map<AssignmentId, AssignmentLedger> ledgers(Set<AssignmentId> assignments) {
    if (assignments.isEmpty()) {
      return HashMap.empty();
    }
    // one snapshot: the versions and the lines they count belong together
    return jdbc.read(c -> {
      java.util.Map<UUID, Long> versions = new java.util.HashMap<>();
      java.util.Map<UUID, java.util.List<ClaimLine>> approved = new java.util.HashMap<>();
      for (List<UUID> chunk : assignments.toList().map(AssignmentId::value).grouped(Jdbc.IN_CHUNK)) {
        String in = Jdbc.placeholders(chunk.size());
        Object[] ids = chunk.toJavaArray();
        for (Object[] row : Jdbc.query(c, "SELECT assignment_id, version FROM wmo_claim_ledger WHERE assignment_id IN ("
            + in + ")", rs -> new Object[] {rs.getObject("assignment_id", UUID.class), rs.getLong("version")}, ids)) {
          versions.put((UUID) row[0], (Long) row[1]);
        }
        for (ClaimLine line : Jdbc.query(c, "SELECT " + LINE_COLUMNS + " FROM wmo_claim_line WHERE approved AND "
            + "assignment_id IN (" + in + ") ORDER BY period_start, reference, claim_id, position",
            JdbcClaimRepository::line, ids)) {
          approved.computeIfAbsent(line.assignment().value(), k -> new ArrayList<>()).add(line);
        }
      }
      return assignments.toMap(a -> a, a -> new AssignmentLedger(a, versions.getOrDefault(a.value(), 0L),
          List.ofAll(approved.getOrDefault(a.value(), java.util.List.of()))));
    });
  }

  @Override
  public Set<String> usedReferences(AgbCode provider, io.vavr.collection.Traversable<String> references) {
    if (references.isEmpty()) {
      return HashSet.empty();
    }
    return jdbc.read(c -> {
      Set<String> used = HashSet.empty();
      for (List<String> chunk : references.toList().grouped(Jdbc.IN_CHUNK)) {
        java.util.List<Object> params = new ArrayList<>();
        params.add(provider.value());
        params.addAll(chunk.asJava());
        used = used.addAll(Jdbc.query(c, "SELECT reference FROM wmo_claim_reference WHERE provider = ? AND reference IN ("
            + Jdbc.placeholders(chunk.size()) + ")", rs -> rs.getString("reference"), params.toArray()));
      }
      return used;
    });
  }

  @Override
  public Either<DomainError, Claim> save(Claim claim, Seq<AssignmentLedger> moved) {
    Map<AssignmentId, Long> expectedVersions = moved.toMap(AssignmentLedger::assignment, AssignmentLedger::version);
    DomainError duplicate = new CommonError.Duplicate("claim", claim.number());
    DomainError staleReference = new CommonError.StaleVersion("ClaimReference", claim.provider().value(), 0);
    return jdbc.change(c -> {
      ClaimSummary s = claim.summary();
      try {
        Jdbc.update(c, "INSERT INTO wmo_claim (" + CLAIM_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            s.id().value(), s.provider().value(), s.municipality().value(), s.month().atDay(1), s.number(),
            s.submittedOn(), s.lineCount(), s.approvedLineCount(), s.submittedTotal().cents(), s.approvedTotal().cents());
      } catch (SQLException e) {
        if (Jdbc.isUniqueViolation(e)) {
          return Either.left(duplicate);
        }
        throw e;
      }
      Option<DomainError> stale = moveLedgers(c, expectedVersions);
      if (stale.isDefined()) {
        return Either.left(stale.get());
      }
      java.util.List<Object[]> references = new ArrayList<>();
      for (String reference : newReferences(claim)) {
        references.add(new Object[] {claim.provider().value(), reference});
      }
      try {
        Jdbc.batch(c, "INSERT INTO wmo_claim_reference (provider, reference) VALUES (?, ?)", references);
      } catch (SQLException e) {
        if (Jdbc.isUniqueViolation(e)) {
          return Either.left(staleReference);
        }
        throw e;
      }
      java.util.List<Object[]> lines = new ArrayList<>();
      int position = 0;
      for (AnsweredLine a : claim.lines()) {
        lines.add(lineRow(claim, position++, a));
      }
      Jdbc.batch(c, "INSERT INTO wmo_claim_line (" + LINE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          + "?, ?, ?, ?, ?, ?)", lines);
      return Either.right(claim);
    }, () -> staleReference);
  }

  /**
   * Raises every expected ledger by one: an insert at version 1 where 0 was expected, else an update
   * guarded by the expected version. The first that does not hold answers {@code StaleVersion}.
   */
  private static Option<DomainError> moveLedgers(Connection c, Map<AssignmentId, Long> expected) throws SQLException {
    List<Tuple2<AssignmentId, Long>> sorted = expected.toList().sortBy(t -> t._1.value().toString());
    List<Tuple2<AssignmentId, Long>> fresh = sorted.filter(t -> t._2 == 0);
    List<Tuple2<AssignmentId, Long>> moved = sorted.filter(t -> t._2 != 0);
    try {
      Jdbc.batch(c, "INSERT INTO wmo_claim_ledger (assignment_id, version) VALUES (?, 1)",
          fresh.map(t -> new Object[] {t._1.value()}));
    } catch (SQLException e) {
      if (Jdbc.isUniqueViolation(e)) {
        return Option.some(stale(fresh.head()));
      }
      throw e;
    }
    int[] counts = Jdbc.batch(c, "UPDATE wmo_claim_ledger SET version = version + 1 WHERE assignment_id = ? AND version = ?",
        moved.map(t -> new Object[] {t._1.value(), t._2}));
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 1) {
        return Option.some(stale(moved.get(i)));
      }
    }
    return Option.none();
  }

  private static DomainError stale(Tuple2<AssignmentId, Long> expected) {
    return new CommonError.StaleVersion("AssignmentLedger", expected._1.toString(), expected._2);
  }

  /** The references a saved claim registers: every line's but those rejected as used before, in order. */
  private static Seq<String> newReferences(Claim claim) {
    return claim.lines()
        .filter(l -> !l.rejections().contains(RejectionCode.DUPLICATE_REFERENCE))
        .map(l -> l.line().reference())
        .distinct()
        .sorted();
  }

  @Override
  public boolean hasApprovedLines(AssignmentId assignment) {
    return jdbc.read(c -> Jdbc.queryFirst(c, "SELECT 1 AS one FROM wmo_claim_line WHERE assignment_id = ? AND approved"
        + " LIMIT 1", rs -> true, assignment.value()).isDefined());
  }

  @Override
  public Money turnover(AgbCode provider, int year) {
    return jdbc.read(c -> Jdbc.queryFirst(c, "SELECT COALESCE(SUM(CASE WHEN direction = 'CREDIT' THEN -amount_cents"
            + " ELSE amount_cents END), 0) AS net FROM wmo_claim_line"
            + " WHERE provider = ? AND period_start >= ? AND period_start < ? AND approved",
        rs -> Money.ofCents(rs.getLong("net")), provider.value(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
        .get());
  }

  @Override
  public Seq<SettlementTotal> settlementTotals(Option<MunicipalityCode> member, YearMonth from, YearMonth until) {
    java.util.List<Object> params = new ArrayList<>();
    String memberTerm = "";
    if (member.isDefined()) {
      memberTerm = "charged_to = ? AND ";
      params.add(member.get().value());
    }
    params.add(from.atDay(1));
    params.add(until.atDay(1));
    String sql = "SELECT settled_month, charged_to, provider, category, product,"
        + " SUM(CASE WHEN direction = 'CREDIT' THEN 0 ELSE amount_cents END) AS debits,"
        + " SUM(CASE WHEN direction = 'CREDIT' THEN amount_cents ELSE 0 END) AS credits, COUNT(*) AS line_count"
        + " FROM wmo_claim_line WHERE " + memberTerm + "settled_month >= ? AND settled_month <= ? AND approved"
        + " GROUP BY settled_month, charged_to, provider, category, product";
    // the groups are few; the category's order is its iWmo code, which the table does not hold
    return jdbc.read(c -> List.ofAll(Jdbc.query(c, sql, rs -> new SettlementTotal(
        YearMonth.from(Jdbc.date(rs, "settled_month").get()), MunicipalityCode.of(rs.getString("charged_to")),
        AgbCode.of(rs.getString("provider")), ProductCategory.valueOf(rs.getString("category")),
        Option.of(rs.getString("product")).map(ProductCode::of), Money.ofCents(rs.getLong("debits")),
        Money.ofCents(rs.getLong("credits")), rs.getLong("line_count")), params.toArray())).sorted(TOTALS_ORDER));
  }

  private static Object[] lineRow(Claim claim, int position, AnsweredLine a) {
    ClaimLine l = a.line();
    return new Object[] {
        claim.id().value(), position, l.reference(), l.previousReference(), l.assignment().value(), l.client().value(),
        l.category(), l.product().map(ProductCode::value), l.periodStart(), l.periodEnd(), l.volume(), l.unit(),
        l.tariff().cents(), l.amount().cents(), l.direction(), a.rejections().toList().map(RejectionCode::code).mkString(","),
        a.isApproved(), a.chargedTo().map(MunicipalityCode::value), YearMonth.from(claim.submittedOn()).atDay(1), claim.provider().value()};
  }

  private static ClaimSummary summary(ResultSet rs) throws SQLException {
    return new ClaimSummary(new ClaimId(rs.getObject("id", UUID.class)), AgbCode.of(rs.getString("provider")),
        MunicipalityCode.of(rs.getString("municipality")), YearMonth.from(Jdbc.date(rs, "claim_month").get()),
        rs.getString("claim_number"), Jdbc.date(rs, "submitted_on").get(), rs.getInt("line_count"),
        rs.getInt("approved_line_count"), Money.ofCents(rs.getLong("submitted_total_cents")),
        Money.ofCents(rs.getLong("approved_total_cents")));
  }

  private static ClaimLine line(ResultSet rs) throws SQLException {
    return new ClaimLine(rs.getString("reference"), Option.of(rs.getString("previous_reference")),
        new AssignmentId(rs.getObject("assignment_id", UUID.class)), new Bsn(rs.getString("client")),
        ProductCategory.valueOf(rs.getString("category")), Option.of(rs.getString("product")).map(ProductCode::of),
        DateRange.of(Jdbc.date(rs, "period_start").get(), Jdbc.date(rs, "period_end").get()), rs.getLong("volume"),
        Unit.valueOf(rs.getString("unit")), Money.ofCents(rs.getLong("tariff_cents")),
        Money.ofCents(rs.getLong("amount_cents")), DebitCredit.valueOf(rs.getString("direction")));
  }

  private static AnsweredLine answered(ResultSet rs) throws SQLException {
    String codes = rs.getString("rejections");
    TreeSet<RejectionCode> rejections = codes.isEmpty() ? TreeSet.empty()
        : TreeSet.ofAll(List.of(codes.split(",")).map(code -> RejectionCode.ofCode(code).getOrElseThrow(
            () -> new IllegalStateException("unknown rejection code in wmo_claim_line: " + code))));
    return new AnsweredLine(line(rs), rejections, Option.of(rs.getString("charged_to")).map(MunicipalityCode::of));
  }
}
