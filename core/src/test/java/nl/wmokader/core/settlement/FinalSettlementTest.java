package nl.wmokader.core.settlement;

import static nl.wmokader.core.settlement.ClaimGen.GUIDANCE;
import static nl.wmokader.core.settlement.ClaimGen.MEMBER;
import static nl.wmokader.core.settlement.ClaimGen.OTHER_MEMBER;
import static nl.wmokader.core.settlement.ClaimGen.assignment;
import static nl.wmokader.core.settlement.ClaimGen.debit;
import static nl.wmokader.core.settlement.ClaimGen.range;
import static nl.wmokader.core.settlement.ClaimWorld.PROVIDER_STAFF;
import static nl.wmokader.core.settlement.ClaimWorld.REGION;
import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.settlement.domain.CentralPayment;
import nl.wmokader.core.settlement.domain.MemberSettlement;
import nl.wmokader.core.settlement.domain.SettlementMonths;
import nl.wmokader.core.settlement.domain.SettlementSum;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.settlement.port.out.ForwardingClaimRepository;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;

/**
 * A settlement month's figures are read afresh while claims may still be answered in it, and read
 * once and kept when it is final: the day after the following month began. Access is checked on
 * every request either way.
 */
class FinalSettlementTest {
  private static final YearMonth JAN = YearMonth.of(2026, 1);
  private static final YearMonth DEC = YearMonth.of(2025, 12);

  /** Counts the settlement reads that reach the store. */
  private static final class CountingClaims extends ForwardingClaimRepository {
    final AtomicInteger totalsRead = new AtomicInteger();
    final AtomicInteger sumsRead = new AtomicInteger();

    CountingClaims(ClaimRepository store) {
      super(store);
    }

    @Override
    public Seq<SettlementTotal> settlementTotals(Option<MunicipalityCode> member, YearMonth from, YearMonth until) {
      totalsRead.incrementAndGet();
      return super.settlementTotals(member, from, until);
    }

    @Override
    public Seq<SettlementSum> settlementSums(YearMonth month) {
      sumsRead.incrementAndGet();
      return super.settlementSums(month);
    }
  }

  private CountingClaims counting;
  private final ClaimWorld world = new ClaimWorld(store -> counting = new CountingClaims(store));
  private final Assignment guided = world.store(assignment(1, GUIDANCE, new Volume(3, Unit.HOUR, Frequency.PER_WEEK),
      range("2025-10-07", "2026-06-30")));

  private MemberSettlement settlement(Actor actor, MunicipalityCode member) {
    return right(world.wmo.settlement().getMemberSettlement().getMemberSettlement(actor, member, JAN));
  }

  private CentralPayment centralPayment() {
    return right(world.wmo.settlement().getCentralPayment().getCentralPayment(REGION, JAN));
  }

  @Test
  void a_month_is_final_from_the_second_day_of_the_next() {
    assertThat(SettlementMonths.isFinal(JAN, LocalDate.of(2026, 1, 31))).isFalse();
    assertThat(SettlementMonths.isFinal(JAN, LocalDate.of(2026, 2, 1))).as("the grace day").isFalse();
    assertThat(SettlementMonths.isFinal(JAN, LocalDate.of(2026, 2, 2))).isTrue();
    assertThat(SettlementMonths.isFinal(DEC, LocalDate.of(2026, 1, 2))).as("across a year").isTrue();
    assertThat(SettlementMonths.isFinal(JAN, LocalDate.of(2025, 12, 31))).as("a future month").isFalse();
  }

  @Test
  void an_open_month_is_read_afresh_so_every_claim_answered_in_it_shows() {
    world.submit("D-1", JAN, debit("R1", guided, DEC, 10).build());
    Money first = settlement(REGION, MEMBER).total();
    world.clock.set(LocalDate.of(2026, 1, 31));
    world.submit("D-2", JAN, debit("R2", guided, JAN, 7).build());
    Money last = first.plus(Money.ofCents(7 * 6_500));
    assertThat(settlement(REGION, MEMBER).total()).isEqualTo(last);

    world.clock.set(LocalDate.of(2026, 2, 1));
    // answered on the grace day, so settled in February: January is read afresh and stays as it was
    world.submit("D-3", JAN, debit("R3", guided, JAN, 5).build());
    assertThat(settlement(REGION, MEMBER).total()).isEqualTo(last);
    assertThat(centralPayment().totalPaid()).isEqualTo(last);
    assertThat(centralPayment()).isNotSameAs(centralPayment());
    assertThat(counting.totalsRead).hasValue(3);
    assertThat(counting.sumsRead).hasValue(3);
  }

  @Test
  void a_final_month_is_read_once_and_answered_the_same_from_then_on() {
    world.submit("D-1", JAN, debit("R1", guided, DEC, 10).build(), debit("R2", guided, DEC.minusMonths(1), 4).build());
    MemberSettlement open = settlement(REGION, MEMBER);
    CentralPayment openPayment = centralPayment();
    world.clock.set(LocalDate.of(2026, 2, 2));

    MemberSettlement kept = settlement(REGION, MEMBER);
    assertThat(kept).isEqualTo(open);
    assertThat(settlement(Actor.municipality(MEMBER), MEMBER)).isSameAs(kept);
    assertThat(settlement(Actor.supervisor(), MEMBER)).isSameAs(kept);
    assertThat(centralPayment()).isEqualTo(openPayment).isSameAs(centralPayment());
    world.clock.set(LocalDate.of(2027, 3, 1));
    assertThat(settlement(REGION, MEMBER)).isSameAs(kept);

    assertThat(counting.totalsRead).as("one read while open, one when final").hasValue(2);
    assertThat(counting.sumsRead).hasValue(2);
    assertThat(settlement(REGION, OTHER_MEMBER).items()).as("kept per member").isEmpty();
  }

  @Test
  void a_kept_answer_is_still_behind_the_access_checks() {
    world.submit("D-1", JAN, debit("R1", guided, DEC, 10).build());
    world.clock.set(LocalDate.of(2026, 3, 1));
    settlement(REGION, MEMBER);
    centralPayment();

    left(world.wmo.settlement().getMemberSettlement().getMemberSettlement(Actor.municipality(OTHER_MEMBER), MEMBER, JAN), CommonError.NotFound.class);
    left(world.wmo.settlement().getMemberSettlement().getMemberSettlement(PROVIDER_STAFF, MEMBER, JAN), CommonError.Forbidden.class);
    left(world.wmo.settlement().getCentralPayment().getCentralPayment(Actor.municipality(MEMBER), JAN), CommonError.Forbidden.class);
  }

  @Test
  void a_final_central_payment_follows_the_regions_members() {
    world.submit("D-1", JAN, debit("R1", guided, DEC, 10).build());
    world.clock.set(LocalDate.of(2026, 3, 1));
    assertThat(centralPayment().charges()).hasSize(5);

    var reference = RegionGen.reference();
    var fewer = reference.members().filter(m -> m.central() || m.code().equals(MEMBER));
    right(world.wmo.region().defineRegion().defineRegion(REGION, new DefineRegionCommand(reference.name(), fewer)));

    assertThat(centralPayment().charges()).extracting(c -> c.member()).containsExactlyInAnyOrderElementsOf(
        fewer.map(m -> m.code()));
    var dropped = reference.members().find(m -> !fewer.contains(m)).get().code();
    left(world.wmo.settlement().getMemberSettlement().getMemberSettlement(REGION, dropped, JAN), InvalidInput.class);
  }
}
