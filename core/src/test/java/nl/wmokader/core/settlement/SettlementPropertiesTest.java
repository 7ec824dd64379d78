package nl.wmokader.core.settlement;

import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.CentralPayment;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.MemberCharge;
import nl.wmokader.core.settlement.domain.MemberSettlement;
import nl.wmokader.core.settlement.domain.ProviderPayment;
import nl.wmokader.core.settlement.domain.Recovery;
import nl.wmokader.core.settlement.domain.RecoveryId;
import nl.wmokader.core.settlement.domain.SettlementSum;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryCommand;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** What the central municipality pays out equals what it charges back; a member is charged debits - credits - recoveries. */
class SettlementPropertiesTest {

  private static final YearMonth MONTH = YearMonth.of(2026, 1);

  static Gen<SettlementTotal> totals(MunicipalityCode member) {
    return SharedGen.fewAgbCodes().zip(longs().between(0, 10_000_000), longs().between(0, 10_000_000),
        (provider, debits, credits) -> new SettlementTotal(MONTH, member, provider, ProductCategory.GUIDANCE,
            Option.some(ProductCode.of("02A01")), Money.ofCents(debits), Money.ofCents(credits), 1));
  }

  static Gen<Recovery> recoveries(MunicipalityCode member) {
    return SharedGen.fewAgbCodes().zip(longs().between(1, 5_000_000), integers().between(0, 1_000_000),
        (provider, cents, n) -> new Recovery(new RecoveryId(new UUID(5, n)), provider, member, MONTH,
            Money.ofCents(cents), "onterecht betaald", "REF-" + n, LocalDate.of(2026, 1, 15)));
  }

  static Gen<Seq<MemberSettlement>> settlements() {
    return in -> List.ofAll(SharedGen.REFERENCE_MEMBERS).map(member -> {
      int items = integers().between(0, 4).generate(in);
      int recovered = integers().between(0, 2).generate(in);
      return new MemberSettlement(member, MONTH, List.fill(items, () -> totals(member).generate(in)),
          List.fill(recovered, () -> recoveries(member).generate(in)));
    });
  }

  @Test
  void the_central_payment_pays_exactly_what_it_charges() {
    qt().withExamples(500).forAll(settlements()).checkAssert(settlements -> {
      CentralPayment payment = CentralPayment.of(MONTH, settlements);
      assertThat(payment.totalPaid()).isEqualTo(payment.totalCharged());
      for (MemberSettlement s : settlements) {
        long expected = s.items().map(t -> t.debits().cents() - t.credits().cents()).sum().longValue()
            - s.recoveries().map(r -> r.amount().cents()).sum().longValue();
        assertThat(s.total().cents()).isEqualTo(expected);
      }
      for (ProviderPayment p : payment.payments()) {
        long owed = settlements.flatMap(MemberSettlement::items).filter(t -> t.provider().equals(p.provider()))
            .map(t -> t.net().cents()).sum().longValue()
            - settlements.flatMap(MemberSettlement::recoveries).filter(r -> r.provider().equals(p.provider()))
            .map(r -> r.amount().cents()).sum().longValue();
        assertThat(p.payable().cents()).isEqualTo(owed);
      }
      assertThat(payment.payments().map(ProviderPayment::provider).distinct()).hasSameSizeAs(payment.payments());
      assertThat(payment.payments().map(p -> p.provider().value()).asJava()).isSorted();
      assertThat(payment.charges()).containsExactlyElementsOf(settlements.map(MemberCharge::of));
    });
  }

  @Test
  void sums_per_member_and_provider_pay_and_charge_as_the_items_they_add_up() {
    qt().withExamples(300).forAll(settlements(), integers().between(0, 4)).checkAssert((settlements, left) -> {
      // one member has left the region: its sums and recoveries are neither paid nor charged
      MunicipalityCode gone = SharedGen.REFERENCE_MEMBERS.get(left);
      Seq<MemberSettlement> staying = settlements.filter(s -> !s.member().equals(gone));
      Seq<SettlementSum> sums = settlements.flatMap(s -> s.items().map(t ->
          new SettlementSum(MONTH, t.member(), t.provider(), t.debits(), t.credits(), t.lines())));
      CentralPayment fromSums = CentralPayment.of(MONTH, staying.map(MemberSettlement::member), sums,
          settlements.flatMap(MemberSettlement::recoveries));
      assertThat(fromSums).isEqualTo(CentralPayment.of(MONTH, staying));
      assertThat(fromSums.totalPaid()).isEqualTo(fromSums.totalCharged());
    });
  }

  @Test
  void over_the_facade_what_is_paid_is_what_was_approved_less_what_was_recovered() {
    Gen<List<Long>> recoveryAmounts = in -> List.fill(integers().between(0, 3).generate(in),
        () -> (long) integers().between(1, 50_000).generate(in));
    qt().withExamples(40).forAll(ClaimPropertiesTest.lists(), recoveryAmounts, SharedGen.members())
        .checkAssert((claims, amounts, recoveredFrom) -> {
          ClaimWorld world = new ClaimWorld();
          Assignment attributed = ClaimPropertiesTest.ASSIGNMENTS.get(1).withAttributedTo(Option.some(recoveredFrom));
          ClaimPropertiesTest.ASSIGNMENTS.update(1, attributed).forEach(world::store);
          List<Claim> submitted = List.empty();
          int number = 0;
          for (Seq<ClaimLine> lines : claims) {
            submitted = submitted.append(world.submit("D-" + number++, MONTH, lines.toJavaArray(ClaimLine[]::new)));
          }
          long recovered = 0;
          for (int i = 0; i < amounts.size(); i++) {
            right(world.wmo.settlement().registerRecovery().registerRecovery(ClaimWorld.REGION, new RegisterRecoveryCommand(
                ClaimGen.PROVIDER, recoveredFrom, MONTH, amounts.get(i), "onderzoek " + i, "INV-" + i)));
            recovered += amounts.get(i);
          }
          long approved = submitted.map(c -> c.approvedTotal().cents()).sum().longValue();
          CentralPayment payment = right(world.wmo.settlement().getCentralPayment().getCentralPayment(ClaimWorld.REGION, MONTH));
          assertThat(payment.totalPaid()).isEqualTo(payment.totalCharged()).isEqualTo(Money.ofCents(approved - recovered));

          for (MunicipalityCode member : SharedGen.REFERENCE_MEMBERS) {
            Seq<ClaimLine> charged = submitted.flatMap(Claim::lines)
                .filter(l -> l.isApproved() && l.chargedTo().contains(member)).map(AnsweredLine::line);
            long debits = charged.filter(l -> !l.isCredit()).map(l -> l.amount().cents()).sum().longValue();
            long credits = charged.filter(ClaimLine::isCredit).map(l -> l.amount().cents()).sum().longValue();
            long back = member.equals(recoveredFrom) ? recovered : 0;
            MemberSettlement s = right(world.wmo.settlement().getMemberSettlement().getMemberSettlement(ClaimWorld.REGION, member, MONTH));
            assertThat(s.debits().cents()).isEqualTo(debits);
            assertThat(s.credits().cents()).isEqualTo(credits);
            assertThat(s.total().cents()).isEqualTo(debits - credits - back);
          }
        });
  }
}
