package nl.wmokader.core.audit.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.wmokader.core.audit.AuditGen;
import nl.wmokader.core.audit.AuditModule;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.domain.AuditBreach;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditHash;
import nl.wmokader.core.audit.domain.AuditOutcome;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.domain.AuditSearch;
import nl.wmokader.core.audit.domain.AuditVerification;
import nl.wmokader.core.audit.domain.ChainHead;
import nl.wmokader.core.audit.domain.ChainKey;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Environment;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.shared.WorkingDayCalendar;
import nl.wmokader.core.testing.Results;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/**
 * The contract of {@link AuditTrail}: every adapter runs it (in-memory, H2, PostgreSQL). Chains
 * hold whatever the batches, numbers run without gaps, concurrent appends never fork a chain,
 * queries answer exactly what was appended, and the verify use case finds an entry changed in the
 * store behind the trail's back (each adapter's {@link #tamper}).
 */
public abstract class AuditTrailContract implements WithQuickTheories {

  /** A fresh, empty trail on every call. */
  protected abstract AuditTrail newTrail();

  /**
   * Writes {@code altered}'s fields over the stored entry {@code stored} (same chain and number),
   * leaving its hashes as they are: what someone with write access to the store could do.
   */
  protected abstract void tamper(AuditTrail trail, AuditEntry stored, AuditRecord altered);

  private static final DateRange ALL_DAYS = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  private static AuditVerification verify(AuditTrail trail, DateRange period) {
    Environment environment = new Environment(Clock.systemUTC(), new SequentialIds(),
        WorkingDayCalendar.generalTermsAct(), AccessPolicy.standard());
    return Results.right(new AuditModule(trail, environment).verifyAuditTrail().verifyAuditTrail(Actor.supervisor(), period));
  }

  private static Seq<AuditEntry> whole(AuditTrail trail, ChainKey chain) {
    return trail.chain(chain, 1, Integer.MAX_VALUE);
  }

  @Test
  void appended_batches_make_chains_that_link_number_without_gaps_and_verify_clean() {
    qt().withExamples(25).forAll(AuditGen.batches(40)).checkAssert(batches -> {
      AuditTrail trail = newTrail();
      List<AuditEntry> appended = batches.flatMap(b -> {
        Seq<AuditEntry> stored = trail.append(b);
        assertThat(stored.map(AuditEntry::record)).containsExactlyElementsOf(b);
        return stored;
      });
      Map<ChainKey, List<AuditEntry>> expected = appended.groupBy(AuditEntry::chain);
      for (ChainKey chain : expected.keySet()) {
        Seq<AuditEntry> read = whole(trail, chain);
        assertThat(read).containsExactlyElementsOf(expected.get(chain).get());
        assertThat(read.map(AuditEntry::seq)).containsExactlyElementsOf(List.rangeClosed(1L, (long) read.size()));
        assertThat(read.head().previousHash()).isEqualTo(AuditHash.GENESIS);
        read.sliding(2).filter(p -> p.size() == 2)
            .forEach(p -> assertThat(p.get(1).previousHash()).isEqualTo(p.get(0).hash()));
        assertThat(read).allSatisfy(e -> {
          assertThat(e.sealed()).isTrue();
          assertThat(AuditHash.isWellFormed(e.hash())).isTrue();
          assertThat(ChainKey.of(e.record())).isEqualTo(chain);
        });
      }
      assertThat(trail.chains(ALL_DAYS)).containsExactlyElementsOf(expected.keySet().toList().sorted()
          .map(k -> new ChainHead(k, expected.get(k).get().size(), expected.get(k).get().last().hash())));
      AuditVerification verification = verify(trail, ALL_DAYS);
      assertThat(verification.breaches()).isEmpty();
      assertThat(verification.entries()).isEqualTo(appended.size());
      assertThat(verification.chains()).isEqualTo(expected.size());
    });
  }

  @Test
  void one_batch_over_many_chains_chains_each_of_them() {
    AuditTrail trail = newTrail();
    java.util.List<AuditRecord> batch = new java.util.ArrayList<>();
    for (Actor actor : AuditGen.ACTORS) {
      for (LocalDate day : AuditGen.DAYS) {
        batch.add(AuditRecord.of(day.atTime(12, 0).atZone(AuditRecord.ZONE).toInstant(), actor, AuditGen.CLIENTS.get(0),
            nl.wmokader.core.audit.domain.AuditAction.READ, "claim", "c-" + batch.size(),
            nl.wmokader.core.audit.domain.AuditOutcome.ALLOWED));
      }
    }
    Seq<AuditEntry> first = trail.append(io.vavr.collection.List.ofAll(batch));
    Seq<AuditEntry> second = trail.append(io.vavr.collection.List.ofAll(batch));
    assertThat(first.map(AuditEntry::chain).distinct()).hasSize(batch.size());
    assertThat(first.map(AuditEntry::seq)).containsOnly(1L);
    assertThat(second.map(AuditEntry::seq)).containsOnly(2L);
    assertThat(second.map(AuditEntry::previousHash)).isEqualTo(first.map(AuditEntry::hash));
    AuditVerification verification = verify(trail, ALL_DAYS);
    assertThat(verification.clean()).isTrue();
    assertThat(verification.chains()).isEqualTo(batch.size());
  }

  @Test
  void a_chain_is_read_from_a_number_on_up_to_a_limit() {
    AuditTrail trail = newTrail();
    Seq<AuditEntry> stored = trail.append(List.range(0, 12).map(i -> AuditGen.record(i, 0)));
    ChainKey chain = stored.head().chain();
    assertThat(trail.chain(chain, 5, 3)).containsExactlyElementsOf(stored.slice(4, 7));
    assertThat(trail.chain(chain, 12, 10)).containsExactly(stored.last());
    assertThat(trail.chain(chain, 13, 10)).isEmpty();
    assertThat(trail.chain(new ChainKey("region", LocalDate.of(2026, 3, 28), 1), 1, 10)).isEmpty();
  }

  @Test
  void an_empty_batch_stores_nothing_and_an_empty_trail_verifies_clean() {
    AuditTrail trail = newTrail();
    assertThat(trail.append(List.empty())).isEmpty();
    assertThat(trail.chains(ALL_DAYS)).isEmpty();
    AuditVerification verification = verify(trail, ALL_DAYS);
    assertThat(verification.clean()).isTrue();
    assertThat(verification.chains()).isZero();
  }

  @Test
  void queries_answer_exactly_what_was_appended_for_a_client_and_a_search() {
    qt().withExamples(15).forAll(AuditGen.batches(40), integers().between(0, 5), integers().between(1, 7))
        .checkAssert((batches, criterion, pageSize) -> {
          AuditTrail trail = newTrail();
          List<AuditEntry> appended = batches.flatMap(trail::append);
          for (Bsn client : AuditGen.CLIENTS) {
            List<AuditEntry> expected = appended.filter(e -> e.record().names(client))
                .sorted(AuditTrail.NEWEST_FIRST);
            assertThat(allPages(p -> trail.byClient(client, p), pageSize, expected.size()))
                .containsExactlyElementsOf(expected);
          }
          Seq<LocalDate> days = AuditGen.DAYS;
          for (int d = 0; d < days.size(); d++) {
            DateRange period = d == days.size() - 1 ? DateRange.from(days.get(d)) : DateRange.of(days.get(0), days.get(d));
            AuditSearch search = narrowed(AuditSearch.of(period), criterion);
            List<AuditEntry> expected = appended.filter(search::matches).sorted(AuditTrail.NEWEST_FIRST);
            assertThat(allPages(p -> trail.search(search, p), pageSize, expected.size()))
                .containsExactlyElementsOf(expected);
            assertThat(trail.chains(period).map(ChainHead::chain))
                .containsExactlyElementsOf(appended.map(AuditEntry::chain).distinct().filter(k -> period.contains(k.day())).sorted());
          }
        });
  }

  private static AuditSearch narrowed(AuditSearch search, int criterion) {
    return switch (criterion) {
      case 1 -> search.byRole(Actor.Role.MUNICIPALITY);
      case 2 -> search.byOrganisation(AuditGen.PROVIDER.value());
      case 3 -> search.byPerson("jan").byAction(AuditAction.READ);
      case 4 -> search.byOutcome(AuditOutcome.REFUSED).byRole(Actor.Role.REGION);
      case 5 -> search.byAction(AuditAction.CHANGE).byOutcome(AuditOutcome.ALLOWED).byResource("claim");
      default -> search;
    };
  }

  /** Every page of a list, of {@code size} entries each, checking each page's total. */
  private static List<AuditEntry> allPages(java.util.function.Function<PageRequest, Page<AuditEntry>> list, int size,
                                           int total) {
    List<AuditEntry> all = List.empty();
    for (int page = 0; page * size <= total; page++) {
      Page<AuditEntry> p = list.apply(new PageRequest(page, size));
      assertThat(p.total()).isEqualTo(total);
      all = all.appendAll(p.items());
    }
    return all;
  }

  @Test
  void a_party_has_accessed_a_client_once_an_allowed_access_of_its_own_is_recorded() {
    AuditTrail trail = newTrail();
    Bsn client = AuditGen.CLIENTS.get(0);
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    Actor bernheze = Actor.municipality(AuditGen.BERNHEZE);
    trail.append(List.of(
        AuditRecord.of(at, bernheze.as("jan"), client, AuditAction.READ, "indication", "i-1", AuditOutcome.REFUSED),
        AuditRecord.of(at, Actor.municipality(AuditGen.BOEKEL).as("piet"), client, AuditAction.READ, "indication", "i-1",
            AuditOutcome.ALLOWED)));
    assertThat(trail.hasAccessed(bernheze, client)).isFalse();
    assertThat(trail.hasAccessed(Actor.municipality(AuditGen.BOEKEL), client)).isTrue();
    assertThat(trail.hasAccessed(Actor.municipality(AuditGen.BOEKEL).as("someone else"), client)).isTrue();
    assertThat(trail.hasAccessed(Actor.municipality(AuditGen.BOEKEL), AuditGen.CLIENTS.get(1))).isFalse();
    trail.append(List.of(
        AuditRecord.of(at, bernheze, client, AuditAction.CHANGE, "indication", "i-1", AuditOutcome.ALLOWED)));
    assertThat(trail.hasAccessed(bernheze, client)).isTrue();
  }

  @Test
  void concurrent_appends_to_one_chain_never_fork_it_or_give_a_number_twice() throws Exception {
    AuditTrail trail = newTrail();
    int threads = 4;
    int batches = 30;
    int perBatch = 10;
    Actor actor = Actor.provider(AuditGen.PROVIDER).as("declarant");
    Instant start = Instant.parse("2026-05-04T08:00:00Z");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      java.util.List<Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          go.await();
          for (int b = 0; b < batches; b++) {
            int batch = b;
            trail.append(List.range(0, perBatch).map(i -> AuditRecord.of(
                start.plusMillis(((long) thread * batches + batch) * perBatch + i), actor,
                AuditGen.CLIENTS.get(i % AuditGen.CLIENTS.size()), AuditAction.READ, "claim",
                "t" + thread + "-b" + batch + "-" + i, AuditOutcome.ALLOWED)));
            // a second chain alongside: appends elsewhere go on meanwhile
            trail.append(List.of(AuditRecord.of(start, Actor.municipality(AuditGen.BOEKEL).as("t" + thread),
                AuditGen.CLIENTS.get(0), AuditAction.READ, "indication", "x", AuditOutcome.ALLOWED)));
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    ChainKey chain = ChainKey.of(AuditRecord.of(start, actor, AuditGen.CLIENTS.get(0), AuditAction.READ, "claim", "x",
        AuditOutcome.ALLOWED));
    Seq<AuditEntry> read = whole(trail, chain);
    int total = threads * batches * perBatch;
    assertThat(read.map(AuditEntry::seq)).containsExactlyElementsOf(List.rangeClosed(1L, (long) total));
    assertThat(read.map(e -> e.record().resourceId()).distinct()).hasSize(total);
    // each batch lies in one piece: nothing of another append came in between
    assertThat(read.grouped(perBatch).map(b -> b.map(e -> e.record().resourceId().replaceAll("-[0-9]+$", "")).distinct().size()).toList())
        .allMatch(n -> n == 1);
    AuditVerification verification = verify(trail, DateRange.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4)));
    assertThat(verification.breaches()).isEmpty();
    assertThat(verification.entries()).isEqualTo(total + (long) threads * batches);
  }

  @Test
  void an_entry_changed_in_the_store_is_found_by_the_verify_use_case_and_named() {
    qt().withExamples(10).forAll(AuditGen.batches(25), integers().between(0, 1000), integers().between(0, 5))
        .checkAssert((batches, pick, change) -> {
          AuditTrail trail = newTrail();
          List<AuditEntry> appended = batches.flatMap(trail::append);
          AuditEntry victim = appended.get(pick % appended.size());
          tamper(trail, victim, altered(victim.record(), change));
          AuditVerification verification = verify(trail, ALL_DAYS);
          assertThat(verification.clean()).isFalse();
          assertThat(verification.breaches()).contains(new AuditBreach(victim.chain(), victim.seq(), AuditBreach.Kind.ALTERED));
          assertThat(verification.breaches()).allSatisfy(b -> assertThat(b.chain()).isEqualTo(victim.chain()));
          // every other chain still verifies clean
          appended.map(AuditEntry::chain).distinct().filter(k -> !k.equals(victim.chain())).forEach(k ->
              assertThat(verify(trail, DateRange.of(k.day(), k.day())).breaches()).allSatisfy(b ->
                  assertThat(b.chain()).isEqualTo(victim.chain())));
        });
  }

  /** {@code record} changed in one field, {@code change} says which; it stays in its chain, as a forger would keep it. */
  private static AuditRecord altered(AuditRecord r, int change) {
    return switch (change) {
      case 0 -> new AuditRecord(r.at(), r.actor(), r.clients(), r.action(), r.resource(), r.resourceId() + "x", r.outcome());
      case 1 -> new AuditRecord(r.at(), r.actor(), r.clients(), r.action(), r.resource(), r.resourceId(),
          r.outcome() == AuditOutcome.ALLOWED ? AuditOutcome.REFUSED : AuditOutcome.ALLOWED);
      case 2 -> new AuditRecord(r.at(), r.actor(),
          r.clients().isEmpty() ? io.vavr.collection.Array.of(AuditGen.CLIENTS.get(2)) : r.clients().tail(), r.action(), r.resource(),
          r.resourceId(), r.outcome());
      case 3 -> new AuditRecord(r.at().plusNanos(1_000), r.actor(), r.clients(), r.action(), r.resource(),
          r.resourceId(), r.outcome());
      case 4 -> new AuditRecord(r.at(), r.actor(), r.clients(),
          r.action() == AuditAction.READ ? AuditAction.DELETE : AuditAction.READ, r.resource(), r.resourceId(), r.outcome());
      default -> new AuditRecord(r.at(), r.actor(), r.clients(), r.action(),
          r.resource().equals("claim") ? "indication" : "claim", r.resourceId(), r.outcome());
    };
  }
}
