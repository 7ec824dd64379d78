package nl.wmokader.adapters.jdbc;

import static nl.wmokader.core.testing.Results.right;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.time.YearMonth;
import javax.sql.DataSource;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.settlement.ClaimGen;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.NoAuditTrail;
import nl.wmokader.core.testing.SequentialIds;

/**
 * One provider ({@link ClaimGen#PROVIDER}) with {@code assignments} guidance assignments of 12 hours
 * a month in 2026, and its claims month by month through the facade over the JDBC repositories:
 * every month a debit of 4 hours on every assignment, and credits taking back the previous month's
 * debit on every 50th. Deterministic; for round-trip counts and throughput runs, not a property.
 */
final class ClaimLoad {
  static final YearMonth FIRST = YearMonth.of(2026, 1);
  static final DateRange YEAR = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  static final long HOURS = 4;
  static final int CREDIT_EVERY = 50;

  final DataSource db;
  final MutableClock clock = new MutableClock(LocalDate.of(2025, 12, 1));
  final WmoKader wmo;
  final int assignments;
  private final io.vavr.collection.Vector<Assignment> stored;

  /** Seeds the region, products, provider, contract and assignments into the (empty, migrated) {@code db}. */
  ClaimLoad(DataSource db, int assignments) {
    this(db, assignments, new JdbcClaimRepository(db));
  }

  /** As {@link #ClaimLoad(DataSource, int)}, with {@code claims} as the facade's claim store (a wrapper, say). */
  ClaimLoad(DataSource db, int assignments, ClaimRepository claims) {
    this.db = db;
    this.assignments = assignments;
    this.wmo = facade(db, claims, clock);
    var reference = RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(Actor.region(), new DefineRegionCommand(reference.name(), reference.members())));
    right(wmo.contracting().registerProvider().registerProvider(Actor.region(),
        ContractingGen.registration(ClaimGen.PROVIDER, "Zorg Demo Een (fictief)")));
    JdbcProductRepository products = new JdbcProductRepository(db);
    ClaimGen.products().forEach(p -> right(products.save(p)));
    right(new JdbcContractRepository(db).save(ClaimGen.contract(ClaimGen.PROVIDER)));
    JdbcAssignmentRepository repo = new JdbcAssignmentRepository(db);
    // every valid BSN of the test range (some 9,000), a client with two or three assignments at most:
    // a claim names thousands of clients, and the audit trail records each once
    io.vavr.collection.Vector<nl.wmokader.core.shared.Bsn> clients =
        io.vavr.collection.Vector.range(0, 10_000).flatMap(nl.wmokader.core.shared.SharedGen::testBsnFrom);
    List<Assignment> all = List.range(0, assignments).map(n -> ClaimGen.assignment(n, ClaimGen.GUIDANCE,
        new Volume(12, Unit.HOUR, Frequency.PER_MONTH), YEAR).withClient(clients.get(n % clients.size())));
    for (Seq<Assignment> chunk : all.grouped(1_000)) {
      right(repo.saveAll(chunk));
    }
    this.stored = all.toVector();
  }

  /**
   * The facade over {@code db} with {@code claims}; without an audit trail when {@code
   * -Dwmo.bench.audit=off} (the benchmark's measure of what the trail costs), else the database's.
   */
  static WmoKader facade(DataSource db, ClaimRepository claims, MutableClock clock) {
    var builder = JdbcAdapters.over(db).builder()
        .claims(claims)
        .clock(clock)
        .ids(new SequentialIds());
    return ("off".equals(System.getProperty("wmo.bench.audit")) ? builder.auditTrail(new NoAuditTrail()) : builder).build();
  }

  /** The debit on assignment {@code n} for {@code month}. */
  ClaimLine debit(int n, YearMonth month) {
    return ClaimGen.debit(String.format("D%02d%02d%06d", month.getYear() % 100, month.getMonthValue(), n), stored.get(n),
        month, HOURS).build();
  }

  /**
   * The claims of {@code month}, of at most {@code size} lines each: first the credits of the
   * previous month's debits on every {@link #CREDIT_EVERY}th assignment, then a debit on each.
   */
  /** A claim as a message carries it: {@link #submit} makes its command, so the factory's checks are part of the work. */
  record RawClaim(YearMonth month, String number, Seq<ClaimLineInput> lines) {}

  List<RawClaim> claims(YearMonth month, int size) {
    java.util.List<ClaimLine> lines = new java.util.ArrayList<>();
    if (month.isAfter(FIRST)) {
      for (int n = 0; n < assignments; n += CREDIT_EVERY) {
        lines.add(ClaimGen.credit(String.format("C%02d%02d%06d", month.getYear() % 100, month.getMonthValue(), n),
            debit(n, month.minusMonths(1))));
      }
    }
    for (int n = 0; n < assignments; n++) {
      lines.add(debit(n, month));
    }
    java.util.List<RawClaim> claims = new java.util.ArrayList<>();
    for (int from = 0, k = 0; from < lines.size(); from += size, k++) {
      claims.add(new RawClaim(month, String.format("K%02d%02d%04d", month.getYear() % 100, month.getMonthValue(), k),
          List.ofAll(lines.subList(from, Math.min(lines.size(), from + size))).map(ClaimGen::input)));
    }
    return List.ofAll(claims);
  }

  /** Reads the claim as an adapter does and submits it on the 3rd of the month after its month. */
  Claim submit(RawClaim claim) {
    clock.set(claim.month().plusMonths(1).atDay(3));
    SubmitClaimCommand.Draft draft = right(SubmitClaimCommand.read(ClaimGen.MEMBER.value(), claim.month().toString(),
        claim.number(), null, claim.lines()));
    return right(wmo.settlement().submitClaim().submitClaim(Actor.provider(ClaimGen.PROVIDER), draft));
  }
}
