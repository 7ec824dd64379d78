package nl.wmokader.core.settlement.port.out;

import static nl.wmokader.core.settlement.ClaimStoreFixture.BERNHEZE;
import static nl.wmokader.core.settlement.ClaimStoreFixture.BOEKEL;
import static nl.wmokader.core.settlement.ClaimStoreFixture.OTHER_PROVIDER;
import static nl.wmokader.core.settlement.ClaimStoreFixture.PROVIDER;
import static nl.wmokader.core.settlement.ClaimStoreFixture.approved;
import static nl.wmokader.core.settlement.ClaimStoreFixture.assignment;
import static nl.wmokader.core.settlement.ClaimStoreFixture.claim;
import static nl.wmokader.core.settlement.ClaimStoreFixture.claimId;
import static nl.wmokader.core.settlement.ClaimStoreFixture.credit;
import static nl.wmokader.core.settlement.ClaimStoreFixture.debit;
import static nl.wmokader.core.settlement.ClaimStoreFixture.number;
import static nl.wmokader.core.settlement.ClaimStoreFixture.rejected;
import static nl.wmokader.core.settlement.ClaimStoreFixture.store;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.YearMonth;
import java.util.Comparator;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.ClaimStoreFixture;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.LedgerTotals;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.ClaimSummary;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.settlement.domain.SettlementSum;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The contract of {@link ClaimRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class ClaimRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract ClaimRepository newRepository();

  private static final YearMonth JANUARY = YearMonth.of(2026, 1);
  private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
  private static final YearMonth MARCH = YearMonth.of(2026, 3);
  private static final AssignmentId A = assignment(0);
  private static final AssignmentId B = assignment(1);

  /** The order {@link ClaimRepository#settlementTotals} promises: month, member, provider, category code, product. */
  private static final Comparator<SettlementTotal> TOTALS_ORDER = Comparator.comparing(SettlementTotal::month)
      .thenComparing(t -> t.member().value())
      .thenComparing(t -> t.provider().value())
      .thenComparing(t -> t.category().code())
      .thenComparing(t -> t.product().map(p -> p.value()).getOrElse(""));

  // --- examples -------------------------------------------------------------------------------

  @Test
  void an_empty_store_knows_no_claims_references_or_ledger_lines() {
    ClaimRepository repo = newRepository();
    assertThat(repo.findById(claimId(1)).isEmpty()).isTrue();
    assertThat(repo.findByNumber(PROVIDER, number(1)).isEmpty()).isTrue();
    assertThat(repo.findSummaries(ClaimFilter.all(), PageRequest.first()).total()).isZero();
    assertThat(repo.usedReferences(PROVIDER, HashSet.of("R1", "R2")).isEmpty()).isTrue();
    assertThat(repo.ledgers(HashSet.of(A, B))).containsExactlyInAnyOrder(
        Tuple.of(A, AssignmentLedger.empty(A)), Tuple.of(B, AssignmentLedger.empty(B)));
    assertThat(repo.ledgers(HashSet.empty()).isEmpty()).isTrue();
    assertThat(repo.hasApprovedLines(A)).isFalse();
    assertThat(repo.turnover(PROVIDER, 2026)).isEqualTo(Money.ZERO);
    assertThat(repo.settlementTotals(Option.none(), JANUARY, FEBRUARY).isEmpty()).isTrue();
  }

  @Test
  void a_saved_claim_is_found_by_id_and_by_its_providers_number_only() {
    ClaimRepository repo = newRepository();
    ClaimLine d = debit("R1", A, JANUARY, 6540);
    Claim c = claim(1, PROVIDER, JANUARY, approved(d, BOEKEL), rejected(debit("R2", B, JANUARY, 100),
        RejectionCode.TARIFF_MISMATCH, RejectionCode.AMOUNT_MISMATCH), approved(credit("R3", d), BERNHEZE));

    assertThat(store(repo, c)).isEqualTo(c);

    assertThat(repo.findById(c.id())).containsExactly(c);
    assertThat(repo.findByNumber(PROVIDER, c.number())).containsExactly(c);
    assertThat(repo.findByNumber(OTHER_PROVIDER, c.number()).isEmpty()).isTrue();
  }

  @Test
  void a_ledger_counts_approved_lines_credits_included_and_rises_by_one_per_claim_approving_on_it() {
    ClaimRepository repo = newRepository();
    ClaimLine first = debit("R1", A, JANUARY, 1000);
    store(repo, claim(1, PROVIDER, JANUARY, approved(first, BERNHEZE), approved(debit("R2", B, JANUARY, 500), BERNHEZE),
        rejected(debit("R3", A, JANUARY, 700), RejectionCode.TOTAL_VOLUME_EXCEEDED)));
    assertThat(ledger(repo, A).version()).isEqualTo(1);
    assertThat(ledger(repo, B).version()).isEqualTo(1);
    assertThat(ledger(repo, A).approved()).containsExactly(first);

    // a claim that approves nothing on A leaves A alone
    store(repo, claim(2, PROVIDER, FEBRUARY, rejected(debit("R4", A, FEBRUARY, 1000), RejectionCode.ALREADY_CLAIMED),
        approved(debit("R5", B, FEBRUARY, 500), BERNHEZE)));
    assertThat(ledger(repo, A).version()).isEqualTo(1);
    assertThat(ledger(repo, B).version()).isEqualTo(2);

    ClaimLine taken = credit("R6", first);
    ClaimLine second = debit("R7", A, FEBRUARY, 900);
    store(repo, claim(3, PROVIDER, FEBRUARY, approved(taken, BERNHEZE), approved(second, BERNHEZE)));
    AssignmentLedger a = ledger(repo, A);
    assertThat(a.version()).isEqualTo(2);
    assertThat(a.approved()).containsExactlyInAnyOrder(first, taken, second);
    assertThat(a.activeDebits(JANUARY)).isEmpty();
    assertThat(a.activeDebits(FEBRUARY)).containsExactly(second);
    long measure = LedgerTotals.measure(second);
    assertThat(a.totals()).isEqualTo(new LedgerTotals(3, 1, measure, LedgerTotals.roundedHours(measure)));
    assertThat(ledger(repo, assignment(9))).isEqualTo(AssignmentLedger.empty(assignment(9)));
  }

  @Test
  void every_reference_is_registered_but_those_rejected_as_duplicates_and_only_for_its_provider() {
    ClaimRepository repo = newRepository();
    store(repo, claim(1, PROVIDER, JANUARY, approved(debit("R1", A, JANUARY, 10), BERNHEZE),
        rejected(debit("R2", A, JANUARY, 10), RejectionCode.UNKNOWN_ASSIGNMENT, RejectionCode.CLIENT_MISMATCH),
        rejected(debit("R3", A, JANUARY, 10), RejectionCode.DUPLICATE_REFERENCE)));

    assertThat(repo.usedReferences(PROVIDER, HashSet.of("R1", "R2", "R3", "R4"))).containsExactlyInAnyOrder("R1", "R2");
    assertThat(repo.usedReferences(OTHER_PROVIDER, HashSet.of("R1", "R2", "R3")).isEmpty()).isTrue();
  }

  @Test
  void a_stale_ledger_version_stores_nothing() {
    ClaimRepository repo = newRepository();
    Claim first = store(repo, claim(1, PROVIDER, JANUARY, approved(debit("R1", A, JANUARY, 10), BERNHEZE)));
    Claim late = claim(2, PROVIDER, JANUARY, approved(debit("R2", B, JANUARY, 10), BERNHEZE),
        approved(debit("R3", A, JANUARY, 10), BERNHEZE));

    Results.left(repo.save(late, ClaimStoreFixture.movedAt(repo, late, HashMap.of(B, 0L, A, 0L))), CommonError.StaleVersion.class);
    Results.left(repo.save(late, ClaimStoreFixture.movedAt(repo, late, HashMap.of(B, 0L, A, 2L))), CommonError.StaleVersion.class);
    Results.left(repo.save(late, ClaimStoreFixture.movedAt(repo, late, HashMap.of(B, 3L, A, 1L))), CommonError.StaleVersion.class);

    assertNothingOf(repo, late);
    assertThat(ledger(repo, A)).isEqualTo(new AssignmentLedger(A, 1, List.of(first.lines().head().line())));
    assertThat(ledger(repo, B)).isEqualTo(AssignmentLedger.empty(B));
    assertThat(repo.usedReferences(PROVIDER, HashSet.of("R1"))).containsExactly("R1");

    assertThat(Results.right(repo.save(late, ClaimStoreFixture.movedAt(repo, late, HashMap.of(B, 0L, A, 1L))))).isEqualTo(late);
    assertThat(ledger(repo, A).version()).isEqualTo(2);
    assertThat(ledger(repo, B).version()).isEqualTo(1);
  }

  @Test
  void a_reference_registered_meanwhile_is_a_conflict_and_stores_nothing() {
    ClaimRepository repo = newRepository();
    store(repo, claim(1, PROVIDER, JANUARY, rejected(debit("R1", A, JANUARY, 10), RejectionCode.TARIFF_MISMATCH)));
    // validated before claim 1 was stored: R1 looked unused, so it is not rejected as a duplicate
    Claim late = claim(2, PROVIDER, JANUARY, approved(debit("R2", A, JANUARY, 10), BERNHEZE),
        approved(debit("R1", B, JANUARY, 10), BERNHEZE));

    Results.left(repo.save(late, ClaimStoreFixture.movedAt(repo, late, HashMap.of(A, 0L, B, 0L))), CommonError.StaleVersion.class);

    assertNothingOf(repo, late);
    assertThat(repo.usedReferences(PROVIDER, HashSet.of("R1", "R2"))).containsExactly("R1");
    assertThat(ledger(repo, A)).isEqualTo(AssignmentLedger.empty(A));
    assertThat(ledger(repo, B)).isEqualTo(AssignmentLedger.empty(B));
  }

  @Test
  void a_claim_number_used_before_by_its_provider_is_a_duplicate_and_stores_nothing() {
    ClaimRepository repo = newRepository();
    Claim first = store(repo, claim(1, PROVIDER, JANUARY, approved(debit("R1", A, JANUARY, 10), BERNHEZE)));
    Claim again = new Claim(claimId(2), PROVIDER, BOEKEL, FEBRUARY, first.number(), FEBRUARY.atDay(9),
        List.of(approved(debit("R2", B, FEBRUARY, 10), BOEKEL), approved(debit("R3", A, FEBRUARY, 10), BOEKEL)));

    Results.left(repo.save(again, ClaimStoreFixture.movedAt(repo, again, HashMap.of(A, 1L, B, 0L))), CommonError.Duplicate.class);

    assertThat(repo.findById(again.id()).isEmpty()).isTrue();
    assertThat(repo.findByNumber(PROVIDER, first.number())).containsExactly(first);
    assertThat(repo.usedReferences(PROVIDER, HashSet.of("R2", "R3")).isEmpty()).isTrue();
    assertThat(ledger(repo, A).version()).isEqualTo(1);
    assertThat(ledger(repo, B)).isEqualTo(AssignmentLedger.empty(B));
    assertThat(repo.findSummaries(ClaimFilter.all(), PageRequest.first()).items()).containsExactly(first.summary());

    Claim otherProvider = new Claim(claimId(3), OTHER_PROVIDER, BOEKEL, FEBRUARY, first.number(), FEBRUARY.atDay(9),
        again.lines());
    assertThat(Results.right(repo.save(otherProvider, ClaimStoreFixture.movedAt(repo, otherProvider, HashMap.of(A, 1L, B, 0L))))).isEqualTo(otherProvider);
  }

  @Test
  void an_approved_line_marks_its_assignment_for_good() {
    ClaimRepository repo = newRepository();
    ClaimLine d = debit("R1", A, JANUARY, 10);
    store(repo, claim(1, PROVIDER, JANUARY, rejected(debit("R0", A, JANUARY, 10), RejectionCode.UNIT_MISMATCH)));
    assertThat(repo.hasApprovedLines(A)).isFalse();
    store(repo, claim(2, PROVIDER, JANUARY, approved(d, BERNHEZE)));
    store(repo, claim(3, PROVIDER, FEBRUARY, approved(credit("R2", d), BERNHEZE)));
    assertThat(repo.hasApprovedLines(A)).isTrue();
    assertThat(repo.hasApprovedLines(B)).isFalse();
  }

  @Test
  void turnover_is_approved_debits_minus_credits_by_the_year_of_the_period() {
    ClaimRepository repo = newRepository();
    YearMonth december = YearMonth.of(2025, 12);
    ClaimLine late = debit("R1", A, december, 10_000);
    store(repo, claim(1, PROVIDER, JANUARY, approved(late, BERNHEZE), approved(debit("R2", A, JANUARY, 2_000), BOEKEL),
        rejected(debit("R3", B, JANUARY, 50_000), RejectionCode.BUDGET_EXCEEDED)));
    store(repo, claim(2, PROVIDER, FEBRUARY, approved(credit("R4", late), BERNHEZE),
        approved(debit("R5", B, FEBRUARY, 300), BERNHEZE)));
    store(repo, claim(3, OTHER_PROVIDER, JANUARY, approved(debit("R1", B, JANUARY, 77_777), BERNHEZE)));

    assertThat(repo.turnover(PROVIDER, 2025)).isEqualTo(Money.ZERO);
    assertThat(repo.turnover(PROVIDER, 2026)).isEqualTo(Money.ofCents(2_300));
    assertThat(repo.turnover(OTHER_PROVIDER, 2026)).isEqualTo(Money.ofCents(77_777));
    assertThat(repo.turnover(AgbCode.of("98000009"), 2026)).isEqualTo(Money.ZERO);

    store(repo, claim(4, PROVIDER, FEBRUARY, approved(credit("R6", debit("R2", A, JANUARY, 2_000)), BOEKEL)));
    assertThat(repo.turnover(PROVIDER, 2026)).isEqualTo(Money.ofCents(300));
  }

  @Test
  void settlement_totals_group_approved_lines_by_settlement_month_member_provider_category_and_product() {
    ClaimRepository repo = newRepository();
    YearMonth december = YearMonth.of(2025, 12);
    ClaimLine d1 = debit("R1", A, december, 1_000);
    ClaimLine d2 = debit("R2", A, JANUARY, 2_000);
    ClaimLine generic = new ClaimLine("R3", Option.none(), B, d1.client(), ProductCategory.DAY_ACTIVITIES, Option.none(),
        d2.period(), 5, d2.unit(), Money.ofCents(100), Money.ofCents(500), d2.direction());
    store(repo, claim(1, PROVIDER, JANUARY, approved(d1, BERNHEZE), approved(d2, BERNHEZE), approved(generic, BOEKEL),
        rejected(debit("R4", A, JANUARY, 9_999), RejectionCode.ALREADY_CLAIMED)));
    store(repo, claim(2, PROVIDER, FEBRUARY, approved(credit("R5", d1), BERNHEZE)));
    store(repo, claim(3, OTHER_PROVIDER, JANUARY, approved(debit("R1", B, JANUARY, 400), BERNHEZE)));

    // claims are answered on the 3rd of the next month, and settle in that month
    SettlementTotal janBernheze = new SettlementTotal(FEBRUARY, BERNHEZE, PROVIDER, ProductCategory.GUIDANCE,
        d1.product(), Money.ofCents(3_000), Money.ZERO, 2);
    SettlementTotal janBernhezeOther = new SettlementTotal(FEBRUARY, BERNHEZE, OTHER_PROVIDER, ProductCategory.GUIDANCE,
        d1.product(), Money.ofCents(400), Money.ZERO, 1);
    SettlementTotal janBoekel = new SettlementTotal(FEBRUARY, BOEKEL, PROVIDER, ProductCategory.DAY_ACTIVITIES,
        Option.none(), Money.ofCents(500), Money.ZERO, 1);
    SettlementTotal febBernheze = new SettlementTotal(MARCH, BERNHEZE, PROVIDER, ProductCategory.GUIDANCE,
        d1.product(), Money.ZERO, Money.ofCents(1_000), 1);

    assertThat(repo.settlementTotals(Option.none(), JANUARY, MARCH))
        .containsExactly(janBoekel, janBernheze, janBernhezeOther, febBernheze);
    assertThat(repo.settlementTotals(Option.some(BERNHEZE), FEBRUARY, FEBRUARY))
        .containsExactly(janBernheze, janBernhezeOther);
    assertThat(repo.settlementTotals(Option.some(BOEKEL), MARCH, MARCH).isEmpty()).isTrue();
    assertThat(repo.settlementTotals(Option.none(), MARCH, YearMonth.of(2026, 6))).containsExactly(febBernheze);

    // per member and provider, over categories and products, in code order
    assertThat(repo.settlementSums(FEBRUARY)).containsExactly(
        new SettlementSum(FEBRUARY, BOEKEL, PROVIDER, Money.ofCents(500), Money.ZERO, 1),
        new SettlementSum(FEBRUARY, BERNHEZE, PROVIDER, Money.ofCents(3_000), Money.ZERO, 2),
        new SettlementSum(FEBRUARY, BERNHEZE, OTHER_PROVIDER, Money.ofCents(400), Money.ZERO, 1));
    assertThat(repo.settlementSums(MARCH)).containsExactly(
        new SettlementSum(MARCH, BERNHEZE, PROVIDER, Money.ZERO, Money.ofCents(1_000), 1));
    assertThat(repo.settlementSums(JANUARY).isEmpty()).isTrue();
  }

  // --- properties over generated batches ------------------------------------------------------

  @Test
  void stored_claims_round_trip_and_register_their_references() {
    qt().withExamples(40).forAll(ClaimStoreFixture.claimBatches(6)).checkAssert(claims -> {
      ClaimRepository repo = newRepository();
      claims.forEach(c -> store(repo, c));
      for (Claim c : claims) {
        assertThat(repo.findById(c.id())).containsExactly(c);
        assertThat(repo.findByNumber(c.provider(), c.number())).containsExactly(c);
      }
      Set<String> asked = claims.flatMap(Claim::lines).map(l -> l.line().reference()).toSet().add("NEVER");
      for (AgbCode provider : ClaimStoreFixture.PROVIDERS) {
        Set<String> registered = claims.filter(c -> c.provider().equals(provider)).flatMap(Claim::lines)
            .filter(l -> !l.rejections().contains(RejectionCode.DUPLICATE_REFERENCE))
            .map(l -> l.line().reference()).toSet();
        assertThat(repo.usedReferences(provider, asked)).containsExactlyInAnyOrderElementsOf(registered);
      }
    });
  }

  @Test
  void ledgers_hold_every_approved_line_and_count_the_claims_that_approved_on_them() {
    qt().withExamples(40).forAll(ClaimStoreFixture.claimBatches(6)).checkAssert(claims -> {
      ClaimRepository repo = newRepository();
      claims.forEach(c -> store(repo, c));
      Set<AssignmentId> pool = List.range(0, ClaimStoreFixture.ASSIGNMENT_POOL + 1).map(ClaimStoreFixture::assignment).toSet();
      Map<AssignmentId, AssignmentLedger> ledgers = repo.ledgers(pool);
      assertThat(ledgers.keySet()).containsExactlyInAnyOrderElementsOf(pool);
      for (AssignmentId a : pool) {
        Seq<ClaimLine> approved = claims.flatMap(Claim::lines)
            .filter(l -> l.isApproved() && l.line().assignment().equals(a)).map(AnsweredLine::line);
        long approving = claims.count(c -> c.lines().exists(l -> l.isApproved() && l.line().assignment().equals(a)));
        AssignmentLedger ledger = ledgers.get(a).get();
        assertThat(ledger.assignment()).isEqualTo(a);
        assertThat(ledger.version()).isEqualTo(approving);
        assertThat(ledger.approved()).containsExactlyInAnyOrderElementsOf(approved);
        assertThat(repo.hasApprovedLines(a)).isEqualTo(!approved.isEmpty());
      }
    });
  }

  @Test
  void ledgers_of_some_months_answer_for_those_months_as_the_complete_ledgers_do() {
    qt().withExamples(40).forAll(ClaimStoreFixture.claimBatches(6), integers().between(0, 1 << 16))
        .checkAssert((claims, seed) -> {
          ClaimRepository repo = newRepository();
          claims.forEach(c -> store(repo, c));
          Set<AssignmentId> pool = List.range(0, ClaimStoreFixture.ASSIGNMENT_POOL + 1).map(ClaimStoreFixture::assignment).toSet();
          // some of the months the lines lie in, and one they do not
          List<YearMonth> lineMonths = claims.flatMap(Claim::lines).map(l -> l.line().month()).distinct().sorted();
          Set<YearMonth> months = lineMonths.zipWithIndex().filter(t -> (seed >> (t._2 % 16) & 1) == 1).map(t -> t._1)
              .toSet().add(YearMonth.of(2027, 7));
          Map<AssignmentId, AssignmentLedger> complete = repo.ledgers(pool);
          Seq<AssignmentLedger> answered = repo.ledgers(pool, months);
          assertThat(answered.map(AssignmentLedger::assignment)).as("one each").containsExactlyInAnyOrderElementsOf(pool);
          Map<AssignmentId, AssignmentLedger> partial = answered.toMap(AssignmentLedger::assignment, l -> l);
          for (AssignmentId a : pool) {
            AssignmentLedger whole = complete.get(a).get();
            AssignmentLedger some = partial.get(a).get();
            assertThat(some.assignment()).isEqualTo(a);
            assertThat(some.version()).isEqualTo(whole.version());
            assertThat(some.totals()).isEqualTo(whole.totals());
            for (YearMonth m : months) {
              assertThat(some.approved().filter(l -> l.month().equals(m)))
                  .containsExactlyInAnyOrderElementsOf(whole.approved().filter(l -> l.month().equals(m)));
              assertThat(some.activeDebits(m)).containsExactlyInAnyOrderElementsOf(whole.activeDebits(m));
              assertThat(some.measure(m)).isEqualTo(whole.measure(m));
            }
          }
        });
  }

  @Test
  void summaries_answer_what_the_filter_matches_in_order_page_by_page() {
    qt().withExamples(40).forAll(ClaimStoreFixture.claimBatches(8), integers().between(0, 1000))
        .checkAssert((claims, seed) -> {
          ClaimRepository repo = newRepository();
          claims.forEach(c -> store(repo, c));
          ClaimFilter filter = filter(seed);
          Seq<ClaimSummary> expected = claims.map(Claim::summary)
              .filter(s -> filter.provider().forAll(s.provider()::equals)
                  && filter.municipality().forAll(s.municipality()::equals)
                  && filter.month().forAll(s.month()::equals))
              .sorted(ClaimRepository.ORDER);
          int size = 1 + seed % 3;
          Seq<ClaimSummary> paged = List.empty();
          for (int page = 0; page * size <= expected.size(); page++) {
            Page<ClaimSummary> p = repo.findSummaries(filter, new PageRequest(page, size));
            assertThat(p.total()).isEqualTo(expected.size());
            assertThat(p.items().size()).isLessThanOrEqualTo(size);
            paged = paged.appendAll(p.items());
          }
          assertThat(paged).containsExactlyElementsOf(expected);
        });
  }

  @Test
  void turnover_and_settlement_totals_sum_the_approved_lines() {
    qt().withExamples(40).forAll(ClaimStoreFixture.claimBatches(8), integers().between(0, 1000))
        .checkAssert((claims, seed) -> {
          ClaimRepository repo = newRepository();
          claims.forEach(c -> store(repo, c));
          for (AgbCode provider : ClaimStoreFixture.PROVIDERS) {
            for (int year = 2024; year <= 2026; year++) {
              int y = year;
              Money expected = claims.filter(c -> c.provider().equals(provider)).flatMap(Claim::lines)
                  .filter(l -> l.isApproved() && l.line().periodStart().getYear() == y)
                  .foldLeft(Money.ZERO, (s, l) -> s.plus(l.line().signedAmount()));
              assertThat(repo.turnover(provider, year)).as(provider + " " + year).isEqualTo(expected);
            }
          }
          Option<MunicipalityCode> member = seed % 2 == 0 ? Option.none()
              : Option.some(ClaimStoreFixture.MEMBERS.get(seed % ClaimStoreFixture.MEMBERS.size()));
          YearMonth from = ClaimStoreFixture.MONTHS.get(seed % 2);
          YearMonth until = ClaimStoreFixture.MONTHS.get(2 + seed / 7 % 2);
          assertThat(repo.settlementTotals(member, from, until))
              .containsExactlyElementsOf(expectedTotals(claims, member, from, until));
          for (YearMonth month : ClaimStoreFixture.MONTHS) {
            assertThat(repo.settlementSums(month)).as("sums of " + month)
                .containsExactlyElementsOf(expectedSums(expectedTotals(claims, Option.none(), month, month)));
          }
        });
  }

  // --- helpers --------------------------------------------------------------------------------

  private static AssignmentLedger ledger(ClaimRepository repo, AssignmentId a) {
    return repo.ledgers(HashSet.of(a)).get(a).get();
  }

  private static void assertNothingOf(ClaimRepository repo, Claim claim) {
    assertThat(repo.findById(claim.id()).isEmpty()).isTrue();
    assertThat(repo.findByNumber(claim.provider(), claim.number()).isEmpty()).isTrue();
    assertThat(repo.findSummaries(ClaimFilter.all(), PageRequest.first()).items().map(ClaimSummary::id))
        .doesNotContain(claim.id());
  }

  private static ClaimFilter filter(int seed) {
    ClaimFilter f = ClaimFilter.all();
    if (seed % 2 == 0) {
      f = f.withProvider(ClaimStoreFixture.PROVIDERS.get(seed / 2 % ClaimStoreFixture.PROVIDERS.size()));
    }
    if (seed % 3 == 0) {
      f = f.withMunicipality(ClaimStoreFixture.MEMBERS.get(seed / 3 % ClaimStoreFixture.MEMBERS.size()));
    }
    if (seed % 5 < 2) {
      f = f.withMonth(ClaimStoreFixture.MONTHS.get(seed / 5 % ClaimStoreFixture.MONTHS.size()));
    }
    return f;
  }

  /** The model: one total per group, computed line by line. */
  /** The totals (in their order) added up per member and provider. */
  private static Seq<SettlementSum> expectedSums(Seq<SettlementTotal> totals) {
    return totals.groupBy(t -> t.member().value() + "/" + t.provider().value()).values()
        .map(group -> new SettlementSum(group.head().month(), group.head().member(), group.head().provider(),
            group.foldLeft(Money.ZERO, (sum, t) -> sum.plus(t.debits())),
            group.foldLeft(Money.ZERO, (sum, t) -> sum.plus(t.credits())), group.map(SettlementTotal::lines).sum().longValue()))
        .toList()
        .sortBy(s -> s.member().value() + "/" + s.provider().value());
  }

  private static Seq<SettlementTotal> expectedTotals(List<Claim> claims, Option<MunicipalityCode> member, YearMonth from,
                                                    YearMonth until) {
    java.util.Map<String, SettlementTotal> groups = new java.util.HashMap<>();
    for (Claim c : claims) {
      YearMonth settled = YearMonth.from(c.submittedOn());
      if (settled.isBefore(from) || settled.isAfter(until)) {
        continue;
      }
      for (AnsweredLine l : c.lines()) {
        if (!l.isApproved() || member.exists(m -> !l.chargedTo().contains(m))) {
          continue;
        }
        ClaimLine line = l.line();
        String key = settled + "/" + l.chargedTo().get() + "/" + c.provider() + "/" + line.category() + "/" + line.product();
        SettlementTotal before = groups.getOrDefault(key, new SettlementTotal(settled, l.chargedTo().get(),
            c.provider(), line.category(), line.product(), Money.ZERO, Money.ZERO, 0));
        groups.put(key, new SettlementTotal(before.month(), before.member(), before.provider(), before.category(),
            before.product(), line.isCredit() ? before.debits() : before.debits().plus(line.amount()),
            line.isCredit() ? before.credits().plus(line.amount()) : before.credits(), before.lines() + 1));
      }
    }
    return List.ofAll(groups.values()).sorted(TOTALS_ORDER);
  }
}
