package nl.wmokader.core.settlement;

import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimAnswer;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.shared.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Validation partitions a claim's lines; submitting the same claim again changes nothing. */
class ClaimPropertiesTest {

  static final YearMonth CLAIM_MONTH = YearMonth.of(2026, 1);
  static final List<YearMonth> MONTHS = List.of(YearMonth.of(2025, 10), YearMonth.of(2025, 11), YearMonth.of(2025, 12));

  static final List<Assignment> ASSIGNMENTS = List.of(
      ClaimGen.assignment(1, ClaimGen.GUIDANCE, new Volume(3, Unit.HOUR, Frequency.PER_WEEK), ClaimGen.range("2025-10-07", "2025-12-30")),
      ClaimGen.assignment(2, ClaimGen.HOUSEHOLD, new Volume(2, Unit.HOUR, Frequency.PER_WEEK), ClaimGen.range("2025-10-01", "2025-12-31")),
      ClaimGen.assignment(3, ClaimGen.DAY_PARTS, new Volume(20, Unit.DAY_PART, Frequency.TOTAL), ClaimGen.range("2025-11-01", "2025-12-31")));

  /** Lines on the assignments above, many of them wrong in some way, some credits, some reused references. */
  static Gen<Seq<ClaimLine>> lines(int max) {
    return in -> {
      int n = integers().between(1, max).generate(in);
      List<ClaimLine> out = List.empty();
      for (int i = 0; i < n; i++) {
        Assignment a = ASSIGNMENTS.get(integers().between(0, ASSIGNMENTS.size() - 1).generate(in));
        YearMonth month = MONTHS.get(integers().between(0, 2).generate(in));
        if (a.validity().intersection(nl.wmokader.core.shared.DateRange.of(month.atDay(1), month.atEndOfMonth())).isEmpty()) {
          month = YearMonth.of(2025, 12);
        }
        String reference = "R" + integers().between(0, max * 2).generate(in);
        ClaimGen.LineBuilder b = ClaimGen.debit(reference, a, month, integers().between(1, 20).generate(in));
        int fault = integers().between(0, 9).generate(in);
        switch (fault) {
          case 0 -> b.client(ClaimGen.OTHER_CLIENT);
          case 1 -> b.category(ProductCategory.SHELTER);
          case 2 -> b.tariff(Money.ofCents(1));
          case 3 -> b.amount(Money.ofCents(integers().between(0, 1000).generate(in)));
          case 4 -> b.assignment(ClaimGen.assignmentId(99));
          default -> { }
        }
        ClaimLine line = b.build();
        if (!out.isEmpty() && integers().between(0, 4).generate(in) == 0) {
          ClaimLine earlier = out.get(integers().between(0, out.size() - 1).generate(in));
          line = earlier.isCredit() ? line : ClaimGen.credit("C" + integers().between(0, max * 2).generate(in), earlier);
        }
        out = out.append(line);
      }
      return out;
    };
  }

  @Test
  void validation_partitions_the_lines() {
    qt().withExamples(300).forAll(lines(12), lines(6)).checkAssert((earlier, lines) -> {
      ClaimAnswer first = ClaimGen.validate(CLAIM_MONTH, ClaimGen.context(ASSIGNMENTS, List.empty(), HashSet.empty()),
          earlier.toJavaArray(ClaimLine[]::new));
      var ledgers = ClaimGen.apply(ClaimGen.noLedgers(), first);
      ClaimAnswer answer = ClaimGen.validate(CLAIM_MONTH, ClaimGen.context(ASSIGNMENTS, ledgers.values().toList(),
          earlier.map(ClaimLine::reference).toSet()), lines.toJavaArray(ClaimLine[]::new));

      assertThat(answer.lines().map(AnsweredLine::line)).as("each line once, in the submitted order").isEqualTo(lines);
      for (AnsweredLine l : answer.lines()) {
        java.util.List<String> codes = l.answerCodes().toJavaList();
        assertThat(codes.equals(java.util.List.of(RejectionCode.APPROVED_CODE))
            || (!codes.isEmpty() && !codes.contains(RejectionCode.APPROVED_CODE))).as("approved xor rejected: %s", codes).isTrue();
        assertThat(l.isApproved()).isEqualTo(l.rejections().isEmpty());
        if (l.isApproved()) {
          assertThat(l.chargedTo()).contains(ClaimGen.MEMBER);
        }
      }
      long approved = 0;
      for (AnsweredLine l : answer.lines()) {
        if (l.rejections().isEmpty()) {
          approved += l.line().isCredit() ? -l.line().amount().cents() : l.line().amount().cents();
        }
      }
      assertThat(answer.approvedTotal().cents()).isEqualTo(approved);
      assertThat(answer.approvedOn().toSet())
          .isEqualTo(answer.lines().filter(AnsweredLine::isApproved).map(l -> l.line().assignment()).toSet());
      assertThat(answer.lines().filter(l -> l.line().assignment().equals(ClaimGen.assignmentId(99))))
          .allSatisfy(l -> assertThat(l.rejections()).contains(RejectionCode.UNKNOWN_ASSIGNMENT));
    });
  }

  @Test
  void submitting_the_same_claim_again_answers_the_same_and_changes_nothing() {
    qt().withExamples(40).forAll(Generate.constant(0).zip(lists(), (x, claims) -> claims)).checkAssert(claims -> {
      ClaimWorld world = new ClaimWorld();
      ASSIGNMENTS.forEach(world::store);
      List<Claim> submitted = List.empty();
      int number = 0;
      for (Seq<ClaimLine> lines : claims) {
        submitted = submitted.append(world.submit("D-" + number++, CLAIM_MONTH, lines.toJavaArray(ClaimLine[]::new)));
      }
      var ledgers = world.adapters.claims().ledgers(ASSIGNMENTS.map(Assignment::id).toSet());
      var totals = world.adapters.claims().settlementTotals(Option.none(), CLAIM_MONTH, CLAIM_MONTH);
      for (int i = 0; i < claims.size(); i++) {
        Claim again = world.submit("D-" + i, CLAIM_MONTH, claims.get(i).toJavaArray(ClaimLine[]::new));
        assertThat(again).isEqualTo(submitted.get(i));
      }
      assertThat(world.adapters.claims().ledgers(ASSIGNMENTS.map(Assignment::id).toSet())).isEqualTo(ledgers);
      assertThat(world.adapters.claims().settlementTotals(Option.none(), CLAIM_MONTH, CLAIM_MONTH)).isEqualTo(totals);
      assertThat(right(world.wmo.settlement().listClaims().listClaims(ClaimWorld.REGION, new nl.wmokader.core.settlement.port.in.ListClaimsQuery(
          Option.none(), Option.none(), Option.none(), nl.wmokader.core.shared.PageRequest.first()))).total())
          .isEqualTo(claims.size());
    });
  }

  static Gen<List<Seq<ClaimLine>>> lists() {
    return in -> {
      int n = integers().between(1, 4).generate(in);
      List<Seq<ClaimLine>> out = List.empty();
      for (int i = 0; i < n; i++) {
        out = out.append(lines(6).generate(in));
      }
      return out;
    };
  }
}
