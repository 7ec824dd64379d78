package nl.wmokader.core.settlement;

import static nl.wmokader.core.settlement.ClaimGen.debit;
import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.domain.RegionError;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import org.junit.jupiter.api.Test;

/**
 * A redefinition of the region may not drop a member whose claims exist: they would lose their
 * municipality (issue 12: a PUT dropped all five members, then their settlements answered 400).
 */
class MembersWithDataStayTest {
  private static final YearMonth NOV = YearMonth.of(2025, 11);

  @Test
  void a_member_with_claims_or_a_budget_stays_and_one_without_may_go() {
    ClaimWorld world = new ClaimWorld(claims -> claims);
    var members = RegionGen.reference().members();
    Assignment guided = world.store(ClaimGen.assignment(1, ClaimGen.GUIDANCE, new Volume(3, Unit.HOUR, Frequency.PER_WEEK),
        ClaimGen.range("2025-10-01", "2025-12-31")));
    world.submit("D-1", NOV, debit("R1", guided, NOV, 15).build());

    var withoutMember = members.filter(m -> !m.code().equals(ClaimGen.MEMBER));
    RegionError.MemberInUse refused = left(world.wmo.region().defineRegion().defineRegion(Actor.region(),
        new DefineRegionCommand("Regio", withoutMember)), RegionError.MemberInUse.class);
    assertThat(refused.municipality()).isEqualTo(ClaimGen.MEMBER);
    assertThat(world.adapters.regions().find().get().members()).isEqualTo(members);

    var withoutOther = members.filter(m -> !m.code().equals(ClaimGen.OTHER_MEMBER));
    world.adapters.budgets().save(new nl.wmokader.core.settlement.domain.Budget(ClaimGen.OTHER_MEMBER, 2026,
        nl.wmokader.core.shared.Money.ofCents(100), 0)).get();
    assertThat(left(world.wmo.region().defineRegion().defineRegion(Actor.region(),
        new DefineRegionCommand("Regio", withoutOther)), RegionError.MemberInUse.class).municipality())
        .as("a budget keeps a member too").isEqualTo(ClaimGen.OTHER_MEMBER);

    var withoutLandVanCuijk = members.filter(m -> !m.code().value().equals("1982"));
    assertThat(right(world.wmo.region().defineRegion().defineRegion(Actor.region(),
        new DefineRegionCommand("Regio", withoutLandVanCuijk))).members()).isEqualTo(withoutLandVanCuijk);
  }
}
