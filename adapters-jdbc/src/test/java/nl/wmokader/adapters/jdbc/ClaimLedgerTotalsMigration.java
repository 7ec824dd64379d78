package nl.wmokader.adapters.jdbc;

import static nl.wmokader.core.settlement.ClaimStoreFixture.BERNHEZE;
import static nl.wmokader.core.settlement.ClaimStoreFixture.BOEKEL;
import static nl.wmokader.core.settlement.ClaimStoreFixture.OTHER_PROVIDER;
import static nl.wmokader.core.settlement.ClaimStoreFixture.PROVIDER;
import static nl.wmokader.core.settlement.ClaimStoreFixture.approved;
import static nl.wmokader.core.settlement.ClaimStoreFixture.assignment;
import static nl.wmokader.core.settlement.ClaimStoreFixture.claim;
import static nl.wmokader.core.settlement.ClaimStoreFixture.credit;
import static nl.wmokader.core.settlement.ClaimStoreFixture.debit;
import static nl.wmokader.core.settlement.ClaimStoreFixture.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import javax.sql.DataSource;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.domain.LedgerTotals;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.settlement.port.out.SettlementTotals;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V10 and V11 keep what V8 stored: the ledger totals they add are those the core counts from the
 * approved lines (hours rounded per month, credits taking back debits, credits before their debits,
 * rejected lines left out), the settlement and turnover totals those the lines sum to, and the
 * lines stay as they were; the foreign key from lines to claims is gone. Run on H2 and PostgreSQL.
 */
abstract class ClaimLedgerTotalsMigration {
  private static final String LINE_COLUMNS_BEFORE_V14 = JdbcClaimRepository.LINE_COLUMNS
      .replace(", registered_reference", "");


  /** A data source on an empty schema, and the schema's name (null: the default one). */
  protected abstract DataSource emptyDatabase();

  protected abstract String schema();

  private static final YearMonth JANUARY = YearMonth.of(2026, 1);
  private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
  private static final YearMonth MARCH = YearMonth.of(2026, 3);
  private static final AssignmentId HOURS = assignment(0);
  private static final AssignmentId PIECES = assignment(1);
  private static final AssignmentId EARLY_CREDIT = assignment(2);
  private static final AssignmentId REJECTED_ONLY = assignment(3);

  @Test
  void ledger_and_settlement_totals_are_backfilled_from_the_stored_lines() throws SQLException {
    DataSource db = emptyDatabase();
    flyway(db, "9").migrate();
    ClaimLine twoHours = hours("H1", HOURS, JANUARY, 2);
    ClaimLine fivePieces = line("P1", PIECES, JANUARY, 5, Unit.PIECE_OUTPUT, DebitCredit.DEBIT, Option.none());
    ClaimLine early = line("E2", EARLY_CREDIT, FEBRUARY, 1, Unit.HOUR, DebitCredit.CREDIT, Option.some("E1"));
    java.util.List<Claim> claims = java.util.List.of(
        claim(1, PROVIDER, JANUARY, approved(twoHours, BERNHEZE), approved(hours("H2", HOURS, JANUARY, 1), BOEKEL),
            rejected(hours("H3", HOURS, JANUARY, 9), RejectionCode.TOTAL_VOLUME_EXCEEDED),
            approved(fivePieces, BERNHEZE), rejected(debit("X1", REJECTED_ONLY, JANUARY, 100), RejectionCode.UNIT_MISMATCH)),
        claim(2, PROVIDER, FEBRUARY, approved(credit("H4", twoHours), BERNHEZE),
            approved(line("H5", HOURS, FEBRUARY, 20, Unit.MINUTE, DebitCredit.DEBIT, Option.none()), BERNHEZE),
            approved(hours("H6", HOURS, FEBRUARY, 1), BERNHEZE),
            rejected(credit("P2", fivePieces), RejectionCode.CREDIT_WITHOUT_DEBIT),
            // a credit answered before its debit: the debit never counts
            approved(early, BOEKEL)),
        claim(3, OTHER_PROVIDER, FEBRUARY,
            approved(line("E1", EARLY_CREDIT, FEBRUARY, 1, Unit.HOUR, DebitCredit.DEBIT, Option.none()), BOEKEL),
            approved(line("P3", PIECES, MARCH, 3, Unit.PIECE_OUTPUT, DebitCredit.DEBIT, Option.none()), BERNHEZE),
            approved(new ClaimLine("G1", Option.none(), PIECES, twoHours.client(), ProductCategory.DAY_ACTIVITIES,
                Option.none(), DateRange.of(MARCH.atDay(2), MARCH.atDay(9)), 4, Unit.DAY_PART, Money.ofCents(4000),
                Money.ofCents(16000), DebitCredit.DEBIT), BOEKEL)));
    try (Connection c = db.getConnection()) {
      for (Claim claim : claims) {
        var s = claim.summary();
        Jdbc.update(c, "INSERT INTO wmo_claim (id, provider, municipality, claim_month, claim_number, submitted_on,"
                + " line_count, approved_line_count, submitted_total_cents, approved_total_cents)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id().value(), s.provider().value(), s.municipality().value(),
            s.month().atDay(1), s.number(), s.submittedOn(), s.lineCount(), s.approvedLineCount(),
            s.submittedTotal().cents(), s.approvedTotal().cents());
        // the line table as it was before V14 added the registered reference: its first 20 columns
        for (Object[] row : JdbcClaimRepository.lineRows(claim)) {
          Jdbc.update(c, "INSERT INTO wmo_claim_line (" + LINE_COLUMNS_BEFORE_V14 + ") VALUES ("
              + Jdbc.placeholders(20) + ")", java.util.Arrays.copyOf(row, 20));
        }
        // before V14 a provider's references were registered in a table of their own
        for (String reference : claim.lines().map(l -> l.line().reference()).distinct()) {
          Jdbc.update(c, "INSERT INTO wmo_claim_reference (provider, reference) VALUES (?, ?)",
              claim.provider().value(), reference);
        }
      }
      // V8 kept a version per ledger some claim approved on: one per claim approving on it
      for (AssignmentId a : List.of(HOURS, PIECES, EARLY_CREDIT)) {
        long version = claims.stream().filter(k -> k.lines().exists(l -> l.isApproved() && l.line().assignment().equals(a)))
            .count();
        Jdbc.update(c, "INSERT INTO wmo_claim_ledger (assignment_id, version) VALUES (?, ?)", a.value(), version);
      }
    }

    flyway(db, null).migrate();

    ClaimRepository repo = new JdbcClaimRepository(db);
    Set<AssignmentId> all = HashSet.of(HOURS, PIECES, EARLY_CREDIT, REJECTED_ONLY);
    Map<AssignmentId, AssignmentLedger> complete = repo.ledgers(all);
    Map<AssignmentId, AssignmentLedger> stored = repo.ledgers(all, HashSet.of(JANUARY)).toMap(AssignmentLedger::assignment, l -> l);
    for (AssignmentId a : all) {
      assertThat(stored.get(a).get().totals()).as(a.toString()).isEqualTo(complete.get(a).get().totals());
      assertThat(stored.get(a).get().version()).isEqualTo(complete.get(a).get().version());
    }
    // worked by hand: H1 credited, H2 one hour (60 minutes) in January; H5 and H6 80 minutes in February;
    // pieces 5 in January, 3 and 4 day parts in March (rounded as hours would be: at least 1 a month)
    assertThat(complete.get(HOURS).get().totals()).isEqualTo(new LedgerTotals(5, 3, 140, 1 + 1));
    assertThat(complete.get(EARLY_CREDIT).get().totals()).isEqualTo(new LedgerTotals(2, 0, 0, 0));
    assertThat(complete.get(PIECES).get().totals()).isEqualTo(new LedgerTotals(3, 3, 5 + 3 + 4, 1 + 1));
    assertThat(complete.get(REJECTED_ONLY).get()).isEqualTo(AssignmentLedger.empty(REJECTED_ONLY));

    assertThat(repo.settlementTotals(Option.none(), JANUARY, YearMonth.of(2026, 12)))
        .containsExactlyElementsOf(expectedTotals(List.ofAll(claims)));
    // V12: the totals added up per member and provider
    for (YearMonth month : List.of(JANUARY, YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4))) {
      Seq<SettlementTotal> totals = repo.settlementTotals(Option.none(), month, month);
      assertThat(repo.settlementSums(month).map(s -> s.member().value() + "/" + s.provider().value() + "/"
              + s.debits().cents() + "/" + s.credits().cents() + "/" + s.lines()))
          .as("sums of " + month)
          .containsExactlyElementsOf(totals.groupBy(t -> t.member().value() + "/" + t.provider().value())
              .toList().sortBy(g -> g._1)
              .map(g -> g._1 + "/" + g._2.map(t -> t.debits().cents()).sum().longValue() + "/"
                  + g._2.map(t -> t.credits().cents()).sum().longValue() + "/" + g._2.map(SettlementTotal::lines).sum().longValue()));
    }
    // V14: the references registered before stay registered, on their lines, and only those
    for (var provider : List.of(PROVIDER, OTHER_PROVIDER)) {
      Set<String> registered = HashSet.ofAll(claims).filter(c -> c.provider().equals(provider))
          .flatMap(Claim::lines).map(l -> l.line().reference());
      assertThat(repo.usedReferences(provider, registered.add("NEVER"))).containsExactlyInAnyOrderElementsOf(registered);
    }
    for (var provider : List.of(PROVIDER, OTHER_PROVIDER)) {
      for (int year = 2025; year <= 2027; year++) {
        int y = year;
        Money net = List.ofAll(claims).filter(c -> c.provider().equals(provider)).flatMap(Claim::lines)
            .filter(l -> l.isApproved() && l.line().periodStart().getYear() == y)
            .foldLeft(Money.ZERO, (sum, l) -> sum.plus(l.line().signedAmount()));
        assertThat(repo.turnover(provider, year)).as(provider + " " + year).isEqualTo(net);
      }
    }
    assertThat(repo.turnover(OTHER_PROVIDER, 2026)).isNotEqualTo(Money.ZERO);
    for (Claim claim : claims) {
      assertThat(repo.findById(claim.id())).containsExactly(claim);
    }
    assertThat(foreignKeysOfLines(db)).isEmpty();
  }

  private Flyway flyway(DataSource db, String target) {
    var config = Flyway.configure().dataSource(db).locations(WmoKaderSchema.LOCATION).table(WmoKaderSchema.HISTORY_TABLE);
    if (schema() != null) {
      config = config.schemas(schema()).defaultSchema(schema());
    }
    if (target != null) {
      config = config.target(target);
    }
    return config.load();
  }

  private java.util.List<String> foreignKeysOfLines(DataSource db) throws SQLException {
    java.util.List<String> keys = new java.util.ArrayList<>();
    try (Connection c = db.getConnection();
         ResultSet rs = c.getMetaData().getImportedKeys(c.getCatalog(), c.getSchema(), "wmo_claim_line")) {
      while (rs.next()) {
        keys.add(rs.getString("FK_NAME"));
      }
    }
    return keys;
  }

  private static ClaimLine hours(String reference, AssignmentId a, YearMonth month, long hours) {
    return line(reference, a, month, hours, Unit.HOUR, DebitCredit.DEBIT, Option.none());
  }

  private static ClaimLine line(String reference, AssignmentId a, YearMonth month, long volume, Unit unit,
                                DebitCredit direction, Option<String> previous) {
    ClaimLine template = debit(reference, a, month, 100);
    return new ClaimLine(reference, previous, a, template.client(), template.category(), template.product(),
        template.period(), volume, unit, Money.ofCents(100), Money.ofCents(100 * volume), direction);
  }

  /** One total per settled month, member, provider, category and product, line by line. */
  private static Seq<SettlementTotal> expectedTotals(List<Claim> claims) {
    java.util.Map<String, SettlementTotal> groups = new java.util.HashMap<>();
    for (Claim c : claims) {
      YearMonth settled = YearMonth.from(c.submittedOn());
      for (AnsweredLine l : c.lines().filter(AnsweredLine::isApproved)) {
        ClaimLine line = l.line();
        String key = settled + "/" + l.chargedTo().get() + "/" + c.provider() + "/" + line.category() + "/" + line.product();
        SettlementTotal before = groups.getOrDefault(key, new SettlementTotal(settled, l.chargedTo().get(),
            c.provider(), line.category(), line.product(), Money.ZERO, Money.ZERO, 0));
        groups.put(key, new SettlementTotal(settled, before.member(), before.provider(), before.category(),
            before.product(), line.isCredit() ? before.debits() : before.debits().plus(line.amount()),
            line.isCredit() ? before.credits().plus(line.amount()) : before.credits(), before.lines() + 1));
      }
    }
    return List.ofAll(groups.values()).sorted(SettlementTotals.TOTALS_ORDER);
  }
}
