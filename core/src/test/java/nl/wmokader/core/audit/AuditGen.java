package nl.wmokader.core.audit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.domain.AuditOutcome;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import org.quicktheories.core.Gen;

/**
 * Generators of the audit trail (core test-jar): batches of records over a few actors, days and
 * clients, so that chains and clients are shared often enough to matter. Every record of a
 * generated sequence has an instant of its own: lists newest first have one order only.
 */
public final class AuditGen {
  private AuditGen() {}

  public static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  public static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  public static final AgbCode PROVIDER = AgbCode.of("98000001");

  /** The actors records are drawn from: persons with and without, unicode and the longest name included. */
  public static final List<Actor> ACTORS = List.of(
      Actor.region(),
      Actor.region().as("anna.de.vries@region.example"),
      Actor.municipality(BERNHEZE).as("jan"),
      Actor.municipality(BOEKEL),
      Actor.provider(PROVIDER).as("zorgverlener-Ærø-ß"),
      Actor.supervisor().as("p".repeat(255)));

  /** The days records fall on: two adjacent, one apart, in and around the switch to summer time. */
  public static final List<LocalDate> DAYS = List.of(
      LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), LocalDate.of(2026, 6, 1));

  /** Test-range clients (eleven-test checked by {@link Bsn}). */
  public static final List<Bsn> CLIENTS = List.of(
      new Bsn("999900018"), SharedGen.testBsnFrom(1234).get(), SharedGen.testBsnFrom(4321).get());

  public static final List<String> RESOURCES = List.of("indication", "assignment", "claim");

  /** A sequence of batches of records, each record with an instant of its own. */
  public static Gen<List<List<AuditRecord>>> batches(int maxRecords) {
    return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, maxRecords)
        .zip(lists().of(integers().between(1, 7)).ofSizeBetween(1, 10), AuditGen::cut);
  }

  /** Record number {@code i} of a sequence, drawn from {@code n}. */
  public static AuditRecord record(int i, int n) {
    Actor actor = ACTORS.get(n % ACTORS.size());
    LocalDate day = DAYS.get((n / 7) % DAYS.size());
    // none, one, or several (a claim's)
    int client = (n / 31) % (CLIENTS.size() + 2);
    AuditAction action = AuditAction.values()[(n / 131) % AuditAction.values().length];
    AuditOutcome outcome = AuditOutcome.values()[(n / 1031) % 2];
    String resource = RESOURCES.get((n / 3001) % RESOURCES.size());
    // nanoseconds as well: the record keeps microseconds, and so must every store
    Instant at = day.atTime(1, 0).atZone(AuditRecord.ZONE).toInstant().plusSeconds(i).plusNanos(n % 1_000_000_000);
    Seq<Bsn> clients = client == 0 ? Array.empty()
        : client <= CLIENTS.size() ? Array.of(CLIENTS.get(client - 1))
        : CLIENTS.reverse().zipWithIndex().filter(t -> (t._2 + n / 37) % 2 == 0 || t._2 == 0).map(t -> t._1);
    return AuditRecord.ofClients(at, actor, clients, action, resource, "id-" + (n % 97), outcome);
  }

  private static List<List<AuditRecord>> cut(java.util.List<Integer> draws, java.util.List<Integer> sizes) {
    List<AuditRecord> records = List.ofAll(draws).zipWithIndex().map(t -> record(t._2, t._1));
    List<List<AuditRecord>> batches = List.empty();
    int next = 0;
    while (!records.isEmpty()) {
      int size = sizes.get(next++ % sizes.size());
      batches = batches.append(records.take(size));
      records = records.drop(size);
    }
    return batches;
  }

  /** All records of {@code batches}, in order. */
  public static Seq<AuditRecord> flat(List<List<AuditRecord>> batches) {
    return batches.flatMap(b -> b);
  }
}
