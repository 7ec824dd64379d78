package nl.wmokader.core.settlement;

import static nl.wmokader.core.settlement.ClaimGen.OUTPUT;
import static nl.wmokader.core.settlement.ClaimGen.PROVIDER;
import static nl.wmokader.core.settlement.ClaimGen.apply;
import static nl.wmokader.core.settlement.ClaimGen.assignment;
import static nl.wmokader.core.settlement.ClaimGen.credit;
import static nl.wmokader.core.settlement.ClaimGen.debit;
import static nl.wmokader.core.settlement.ClaimGen.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.contracting.domain.ClaimMoments;
import nl.wmokader.core.contracting.domain.ClaimPeriod;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.ClaimAnswer;
import nl.wmokader.core.settlement.domain.ClaimContext;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.ClaimValidator;
import org.junit.jupiter.api.Test;

/** An output-based lot's claim moments limit how many debits an assignment may carry (9389 beyond them). */
class ClaimMomentsTest {

  private static final YearMonth JAN = YearMonth.of(2026, 1);
  private static final YearMonth FEB = YearMonth.of(2026, 2);
  private static final YearMonth MAR = YearMonth.of(2026, 3);
  /** A piece of output a month, January to June 2026. */
  private static final Assignment OUTPUT_ASSIGNMENT = assignment(7, OUTPUT,
      new Volume(1, Unit.PIECE_OUTPUT, Frequency.PER_MONTH), range("2026-01-01", "2026-06-30"));

  private static ClaimContext context(ClaimMoments moments, Map<AssignmentId, AssignmentLedger> ledgers) {
    Contract base = ClaimGen.contract(PROVIDER);
    Contract contract = Contract.copyOf(base)
        .withLots(base.lots().map(l -> l.product().equals(OUTPUT) ? l.withClaimMoments(Option.some(moments)) : l));
    return new ClaimContext(HashMap.of(OUTPUT_ASSIGNMENT.id(), OUTPUT_ASSIGNMENT), ledgers, HashSet.empty(),
        ClaimGen.productMap(), List.of(contract));
  }

  private static ClaimAnswer claim(YearMonth month, ClaimMoments moments, Map<AssignmentId, AssignmentLedger> ledgers,
                                   ClaimLine... lines) {
    return ClaimValidator.validate(PROVIDER, ClaimGen.MEMBER, month, List.of(lines), context(moments, ledgers));
  }

  private static String answer(ClaimAnswer answer) {
    return answer.lines().head().answerCodes().mkString(",");
  }

  @Test
  void at_the_end_of_the_trajectory_one_debit_is_paid_and_a_credit_frees_it_again() {
    ClaimMoments once = ClaimMoments.endOfTrajectory();
    ClaimLine first = debit("E1", OUTPUT_ASSIGNMENT, JAN, 1).build();
    ClaimAnswer january = claim(JAN, once, HashMap.empty(), first);
    assertThat(answer(january)).isEqualTo("8001");
    Map<AssignmentId, AssignmentLedger> ledgers = apply(HashMap.empty(), january);

    ClaimAnswer second = claim(FEB, once, ledgers, debit("E2", OUTPUT_ASSIGNMENT, FEB, 1).build());
    assertThat(answer(second)).as("a second debit on a once-only trajectory").isEqualTo("9389");

    ClaimAnswer corrected = claim(FEB, once, ledgers, credit("E3", first), debit("E4", OUTPUT_ASSIGNMENT, FEB, 1).build());
    assertThat(corrected.lines().map(l -> l.answerCodes().mkString(","))).containsExactly("8001", "8001");
  }

  @Test
  void per_milestone_as_many_debits_as_milestones() {
    ClaimMoments twoMilestones = ClaimMoments.perMilestone(List.of("intake", "result"));
    Map<AssignmentId, AssignmentLedger> ledgers = HashMap.empty();
    int n = 0;
    for (YearMonth month : List.of(JAN, FEB)) {
      ClaimAnswer approved = claim(month, twoMilestones, ledgers, debit("M" + n++, OUTPUT_ASSIGNMENT, month, 1).build());
      assertThat(answer(approved)).isEqualTo("8001");
      ledgers = apply(ledgers, approved);
    }
    assertThat(answer(claim(MAR, twoMilestones, ledgers, debit("M9", OUTPUT_ASSIGNMENT, MAR, 1).build())))
        .as("a third debit with two milestones").isEqualTo("9389");
  }

  @Test
  void per_period_one_debit_a_month() {
    ClaimMoments monthly = ClaimMoments.perPeriod(ClaimPeriod.MONTH);
    ClaimAnswer january = claim(JAN, monthly, HashMap.empty(), debit("P1", OUTPUT_ASSIGNMENT, JAN, 1).build());
    Map<AssignmentId, AssignmentLedger> ledgers = apply(HashMap.empty(), january);
    assertThat(answer(claim(FEB, monthly, ledgers, debit("P2", OUTPUT_ASSIGNMENT, FEB, 1).build()))).isEqualTo("8001");
    assertThat(answer(claim(FEB, monthly, ledgers, debit("P3", OUTPUT_ASSIGNMENT, JAN, 1).build())))
        .as("January again").isEqualTo("9322,9389");
  }
}
