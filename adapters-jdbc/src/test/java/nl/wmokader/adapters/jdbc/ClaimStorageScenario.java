package nl.wmokader.adapters.jdbc;

import static nl.wmokader.core.settlement.ClaimStoreFixture.BERNHEZE;
import static nl.wmokader.core.settlement.ClaimStoreFixture.PROVIDER;
import static nl.wmokader.core.settlement.ClaimStoreFixture.approved;
import static nl.wmokader.core.settlement.ClaimStoreFixture.assignment;
import static nl.wmokader.core.settlement.ClaimStoreFixture.claim;
import static nl.wmokader.core.settlement.ClaimStoreFixture.credit;
import static nl.wmokader.core.settlement.ClaimStoreFixture.debit;
import static nl.wmokader.core.settlement.ClaimStoreFixture.rejected;
import static nl.wmokader.core.settlement.ClaimStoreFixture.store;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import javax.sql.DataSource;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.ClaimStoreFixture;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;

/**
 * How {@link JdbcClaimRepository} stores a claim's references and lines, beyond the port's
 * contract: text that COPY's format escapes reads back as written (on PostgreSQL the lines go by
 * COPY, on H2 by multi-row inserts), and a reference another claim registered meanwhile fails a
 * large claim whole, ledgers and totals included.
 */
abstract class ClaimStorageScenario {

  /** A migrated database, emptied on every call. */
  protected abstract DataSource database();

  private static final YearMonth JANUARY = YearMonth.of(2026, 1);
  private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

  /** Valid references (1 to 12 characters, not blank) that COPY's text format must escape, or nearly. */
  static final List<String> ODD_REFERENCES = List.of("tab\there", "new\nline", "cr\rx", "back\\slash", "\\N", "\\.",
      "\\", " lead", "trail ", "q'u\"ote", "a,b;c|d", "ünïcødé€", "emoji\uD83D\uDE00", "NULL", "twelve_chars", "\u0001x");

  @Test
  void odd_but_valid_references_read_back_as_written() {
    DataSource db = database();
    JdbcClaimRepository repo = new JdbcClaimRepository(db);
    List<ClaimLine> debits = ODD_REFERENCES.zipWithIndex().map(t -> debit(t._1, assignment(t._2 % 3), JANUARY, 100 + t._2));
    Claim first = claim(1, PROVIDER, JANUARY, debits.map(d -> approved(d, BERNHEZE)).toJavaArray(AnsweredLine[]::new));
    // credits named by odd references, and taking back debits named by them
    List<AnsweredLine> credits = debits.take(6).zipWithIndex()
        .map(t -> approved(credit(creditReference(ODD_REFERENCES.get(ODD_REFERENCES.size() - 1 - t._2)), t._1), BERNHEZE));
    Claim second = claim(2, PROVIDER, FEBRUARY, credits.append(rejected(debits.get(0), RejectionCode.DUPLICATE_REFERENCE))
        .toJavaArray(AnsweredLine[]::new));

    store(repo, first);
    store(repo, second);

    assertThat(repo.findById(first.id())).containsExactly(first);
    assertThat(repo.findById(second.id())).containsExactly(second);
    Set<String> asked = ODD_REFERENCES.toSet().addAll(credits.map(l -> l.line().reference())).add("tab\\there");
    assertThat(repo.usedReferences(PROVIDER, asked))
        .containsExactlyInAnyOrderElementsOf(ODD_REFERENCES.appendAll(credits.map(l -> l.line().reference())));
    Set<AssignmentId> pool = HashSet.of(assignment(0), assignment(1), assignment(2));
    Map<AssignmentId, AssignmentLedger> complete = repo.ledgers(pool);
    Map<AssignmentId, AssignmentLedger> partial = repo.ledgers(pool, HashSet.of(JANUARY)).toMap(AssignmentLedger::assignment, l -> l);
    for (AssignmentId a : pool) {
      assertThat(partial.get(a).get().approved()).containsExactlyInAnyOrderElementsOf(complete.get(a).get().approved());
      assertThat(partial.get(a).get().totals()).isEqualTo(complete.get(a).get().totals());
    }
    assertThat(complete.values().flatMap(AssignmentLedger::approved))
        .containsExactlyInAnyOrderElementsOf(debits.appendAll(credits.map(AnsweredLine::line)));
  }

  @Test
  void a_reference_registered_meanwhile_fails_a_large_claim_whole() throws SQLException {
    DataSource db = database();
    JdbcClaimRepository repo = new JdbcClaimRepository(db);
    Claim earlier = store(repo, claim(1, PROVIDER, JANUARY, approved(debit("R1999", assignment(0), JANUARY, 10), BERNHEZE)));
    var totalsBefore = repo.settlementTotals(Option.none(), JANUARY, YearMonth.of(2026, 12));
    var turnoverBefore = repo.turnover(PROVIDER, 2026);
    Set<AssignmentId> pool = List.range(0, 500).map(ClaimStoreFixture::assignment).toSet();
    Map<AssignmentId, AssignmentLedger> ledgersBefore = repo.ledgers(pool);
    // validated before claim 1 was stored: its last reference looked unused
    List<AnsweredLine> lines = List.range(0, 2_000)
        .map(n -> approved(debit("R" + n, assignment(n % 500), FEBRUARY, 100 + n), BERNHEZE));
    Claim late = claim(2, PROVIDER, FEBRUARY, lines.toJavaArray(AnsweredLine[]::new));

    Results.left(repo.save(late, ClaimStoreFixture.moved(repo, late)), CommonError.StaleVersion.class);

    assertThat(repo.findById(late.id()).isEmpty()).isTrue();
    assertThat(linesOf(db, late)).isZero();
    assertThat(repo.usedReferences(PROVIDER, lines.map(l -> l.line().reference()).toSet())).containsExactly("R1999");
    assertThat(repo.ledgers(pool)).isEqualTo(ledgersBefore);
    assertThat(repo.settlementTotals(Option.none(), JANUARY, YearMonth.of(2026, 12))).isEqualTo(totalsBefore);
    assertThat(repo.turnover(PROVIDER, 2026)).isEqualTo(turnoverBefore);
    assertThat(repo.findById(earlier.id())).containsExactly(earlier);
  }

  private static String creditReference(String odd) {
    return "c" + odd.substring(0, Math.min(odd.length(), 11));
  }

  private static long linesOf(DataSource db, Claim claim) throws SQLException {
    try (Connection c = db.getConnection()) {
      return Jdbc.queryFirst(c, "SELECT COUNT(*) AS n FROM wmo_claim_line WHERE claim_id = ?", rs -> rs.getLong("n"),
          claim.id().value()).get();
    }
  }
}
