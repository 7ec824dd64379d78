package nl.wmokader.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import org.junit.jupiter.api.Test;

/**
 * A claim costs a fixed number of client round trips to PostgreSQL, whatever its size and the
 * history of its assignments: the seven reads of validation and the save, and the audit trail's
 * record of the claim's clients (one batch: at most seven, ADR 13), counted at the socket
 * ({@link RoundTrips}) around a submission through the facade, on one connection without a pool
 * (whose own checks would count: HikariCP's validation of a connection idle for 500 ms is one).
 */
@PostgresSuite
class PostgresClaimRoundTripsTest {

  /** Validation and the save; then the audit trail's batch, seven when it opens the day's chain. */
  static final int MAX_ROUND_TRIPS = 15 + 7;

  @Test
  void a_claim_of_ten_thousand_lines_costs_at_most_twenty_two_round_trips() {
    ClaimLoad load = new ClaimLoad(TestDatabases.countedPostgresConnection(), 10_000);
    YearMonth month = ClaimLoad.FIRST;
    for (int m = 0; m < 3; m++, month = month.plusMonths(1)) {
      for (ClaimLoad.RawClaim command : load.claims(month, 20_000)) {
        long before = RoundTrips.onThisThread();
        Claim claim = load.submit(command);
        long trips = RoundTrips.onThisThread() - before;
        System.out.println(month + ": " + claim.lines().size() + " lines, " + trips + " round trips");
        assertThat(claim.lines().filter(AnsweredLine::isApproved)).hasSize(claim.lines().size());
        assertThat(trips).as(month + ", " + claim.lines().size() + " lines").isLessThanOrEqualTo(MAX_ROUND_TRIPS);
      }
    }
    ClaimLoad.RawClaim small = load.claims(month, 3).head();
    long before = RoundTrips.onThisThread();
    load.submit(small);
    long trips = RoundTrips.onThisThread() - before;
    System.out.println(month + ": 3 lines, " + trips + " round trips");
    assertThat(trips).isLessThanOrEqualTo(MAX_ROUND_TRIPS);
  }
}
