package nl.wmokader.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import nl.wmokader.core.audit.AuditGen;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.domain.AuditOutcome;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.shared.Actor;
import org.junit.jupiter.api.Test;

/**
 * An append costs a fixed number of round trips to PostgreSQL whatever its size (the audit of a
 * claim of 20,000 lines must not cost 20,000), counted at the socket ({@link RoundTrips}) on one
 * connection without a pool.
 */
@PostgresSuite
class PostgresAuditRoundTripsTest {

  static final int MAX_ROUND_TRIPS = 8;

  @Test
  void appending_one_entry_or_twenty_thousand_costs_the_same_few_round_trips() {
    JdbcAuditTrail trail = new JdbcAuditTrail(TestDatabases.countedPostgresConnection());
    Instant at = Instant.parse("2026-04-02T10:00:00Z");
    for (int size : new int[] {1, 20_000, 1, 5_000}) {
      Seq<AuditRecord> batch = List.range(0, size).map(i -> AuditRecord.of(at.plusMillis(i),
          Actor.provider(AuditGen.PROVIDER), AuditGen.CLIENTS.get(i % AuditGen.CLIENTS.size()), AuditAction.CREATE,
          "claim", "line-" + i, AuditOutcome.ALLOWED));
      long before = RoundTrips.onThisThread();
      trail.append(batch);
      long trips = RoundTrips.onThisThread() - before;
      System.out.println(size + " entries: " + trips + " round trips");
      assertThat(trips).as(size + " entries").isLessThanOrEqualTo(MAX_ROUND_TRIPS);
    }
  }
}
