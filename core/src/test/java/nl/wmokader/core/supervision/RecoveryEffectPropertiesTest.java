package nl.wmokader.core.supervision;

import static nl.wmokader.core.supervision.SupervisionWorld.REGION;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.YearMonth;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.settlement.domain.MemberSettlement;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.port.in.AddOutcomeCommand;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Issue 6: the negative settlement items a recovery outcome makes sum to the amount recovered. */
class RecoveryEffectPropertiesTest {

  private static final Seq<MunicipalityCode> MEMBERS = RegionGen.reference().members().map(Member::code);

  /** One to all members (a prefix of a rotation), each with 1 cent to 100,000 euros. */
  private static Gen<Outcome.Recovery> recoveries() {
    Gen<Integer> start = integers().between(0, MEMBERS.size() - 1);
    Gen<Integer> count = integers().between(1, MEMBERS.size());
    Gen<java.util.List<Long>> amounts = lists().of(longs().between(1, 10_000_000L)).ofSize(MEMBERS.size());
    return start.zip(count, amounts, (s, n, a) -> new Outcome.Recovery(List.range(0, n)
        .map(k -> new Outcome.Recovery.Part(MEMBERS.get((s + k) % MEMBERS.size()), Money.ofCents(a.get(k))))));
  }

  @Test
  void the_negative_settlement_items_sum_to_the_recovery() {
    qt().withExamples(25).forAll(recoveries()).checkAssert(recovery -> {
      SupervisionWorld world = new SupervisionWorld();
      Investigation i = world.atFinalReport(InvestigationScope.LAWFULNESS);
      right(world.wmo.supervision().addOutcome().addOutcome(REGION, new AddOutcomeCommand(i.id(), recovery)));
      YearMonth month = YearMonth.from(world.today());
      Seq<MemberSettlement> settlements = MEMBERS.map(m ->
          right(world.wmo.settlement().getMemberSettlement().getMemberSettlement(REGION, m, month)));
      Money negative = settlements.foldLeft(Money.ZERO, (sum, s) -> sum.plus(s.recovered()));
      assertThat(negative).isEqualTo(Money.ZERO.minus(recovery.total()));
      recovery.parts().forEach(p -> assertThat(settlements.find(s -> s.member().equals(p.member())).get().recovered())
          .isEqualTo(Money.ZERO.minus(p.amount())));
    });
  }
}
