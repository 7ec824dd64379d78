package nl.wmokader.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.time.LocalDate;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.settlement.domain.Allocation;
import nl.wmokader.core.settlement.domain.AllocationError;
import nl.wmokader.core.settlement.domain.AllocationKey;
import nl.wmokader.core.settlement.domain.AllocationPurpose;
import nl.wmokader.core.settlement.domain.CostShare;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static final Region REGION = RegionGen.reference();
  private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
  private static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  private static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  private static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  private static final MunicipalityCode LAND_VAN_CUIJK = MunicipalityCode.of("1982");
  private static final MunicipalityCode MAASHORST = MunicipalityCode.of("1991");

  @Test
  void the_reference_region_divides_a_million_by_inhabitants_to_the_cent() {
    // 288,402 inhabitants; floors sum to €999,999.98, the two cents go to the largest remainders
    // (Oss 180908/288402, Maashorst 151672/288402). Maashorst counts from 1 Jan 2023.
    Allocation allocation = Results.right(Allocation.divide(REGION, AllocationPurpose.REGIONAL_TEAMS,
        Money.euros(1_000_000, 0), new AllocationKey.Inhabitants(JAN_2024)));

    assertThat(allocation.shares()).containsExactly(
        new CostShare(OSS, Money.euros(328_163, 47)),
        new CostShare(BERNHEZE, Money.euros(112_762, 74)),
        new CostShare(BOEKEL, Money.euros(39_188, 35)),
        new CostShare(LAND_VAN_CUIJK, Money.euros(315_531, 79)),
        new CostShare(MAASHORST, Money.euros(204_353, 65)));
  }

  @Test
  void equal_remainders_go_to_the_lowest_cbs_code_first() {
    Allocation allocation = Results.right(Allocation.divide(REGION, AllocationPurpose.SPECIALIST_SAFETY_NET,
        Money.ofCents(2), new AllocationKey.ActualUse(LinkedHashMap.of(OSS, 1L, BERNHEZE, 1L, BOEKEL, 1L))));

    assertThat(allocation.shareOf(BOEKEL)).isEqualTo(Money.ofCents(1));
    assertThat(allocation.shareOf(OSS)).isEqualTo(Money.ofCents(1));
    assertThat(allocation.shareOf(BERNHEZE)).isEqualTo(Money.ZERO);
    assertThat(allocation.shareOf(MAASHORST)).isEqualTo(Money.ZERO);
  }

  @Test
  void a_tie_between_a_member_with_a_whole_cent_and_members_without_goes_by_code_too() {
    // 2 cents by 4:1:1: exact shares 1 1/3, 1/3, 1/3; the remainders tie at exactly 1/3, so the
    // lowest code (Boekel, 0755) gets the spare cent although it already has one. Found by the
    // decimal reference property, whose own rounding once broke this tie.
    Allocation allocation = Results.right(Allocation.divide(REGION, AllocationPurpose.SPECIALIST_SAFETY_NET,
        Money.ofCents(2), new AllocationKey.ActualUse(LinkedHashMap.of(BOEKEL, 4L, OSS, 1L, BERNHEZE, 1L))));

    assertThat(allocation.shareOf(BOEKEL)).isEqualTo(Money.ofCents(2));
    assertThat(allocation.shareOf(OSS)).isEqualTo(Money.ZERO);
    assertThat(allocation.shareOf(BERNHEZE)).isEqualTo(Money.ZERO);
  }

  @Test
  void fixed_basis_points_divide_exactly() {
    Allocation allocation = Results.right(Allocation.divide(REGION, AllocationPurpose.REGIONAL_TEAMS, Money.euros(100, 0),
        AllocationKey.FixedShares.basisPoints(LinkedHashMap.of(OSS, 5_000L, BERNHEZE, 2_500L, MAASHORST, 2_500L))));

    assertThat(allocation.shares().map(CostShare::amount)).containsExactly(
        Money.euros(50, 0), Money.euros(25, 0), Money.ZERO, Money.ZERO, Money.euros(25, 0));
  }

  @Test
  void a_blend_halfway_is_the_mean_of_both_keys() {
    AllocationKey historical = AllocationKey.FixedShares.percentages(LinkedHashMap.of(OSS, 100L));
    AllocationKey objective = AllocationKey.FixedShares.percentages(LinkedHashMap.of(BERNHEZE, 100L));

    Allocation allocation = Results.right(Allocation.divide(REGION, AllocationPurpose.REGIONAL_TEAMS, Money.euros(10, 1),
        new AllocationKey.Blend(historical, objective, 2, 4)));

    // €10.01 / 2 = €5.005 each; the tie goes to 0828 before 1721.
    assertThat(allocation.shareOf(OSS)).isEqualTo(Money.euros(5, 1));
    assertThat(allocation.shareOf(BERNHEZE)).isEqualTo(Money.euros(5, 0));
  }

  @Test
  void a_negative_total_is_rejected() {
    assertThat(Results.left(Allocation.divide(REGION, AllocationPurpose.REGIONAL_TEAMS, Money.ofCents(-1),
        new AllocationKey.Inhabitants(JAN_2024)), AllocationError.NegativeTotal.class).kind()).isEqualTo(ErrorKind.REJECTED);
  }

  @Test
  void members_without_inhabitants_on_the_reference_date_are_named() {
    AllocationError.MissingInhabitants error = Results.left(Allocation.divide(REGION, AllocationPurpose.REGIONAL_TEAMS,
        Money.euros(1, 0), new AllocationKey.Inhabitants(LocalDate.of(2023, 12, 31))), AllocationError.MissingInhabitants.class);

    assertThat(error.members()).containsExactly(OSS, BERNHEZE, BOEKEL, LAND_VAN_CUIJK);
  }

  @Test
  void all_weights_zero_is_rejected() {
    Results.left(Allocation.divide(REGION, AllocationPurpose.REGIONAL_TEAMS, Money.euros(1, 0),
        new AllocationKey.ActualUse(LinkedHashMap.of(OSS, 0L))), AllocationError.AllWeightsZero.class);
  }

  @Test
  void fixed_shares_must_sum_to_the_whole() {
    AllocationError.SharesNotWhole error = Results.left(Allocation.divide(REGION, AllocationPurpose.REGIONAL_TEAMS, Money.euros(1, 0),
        AllocationKey.FixedShares.basisPoints(LinkedHashMap.of(OSS, 5_000L, BOEKEL, 4_999L))), AllocationError.SharesNotWhole.class);

    assertThat(error.sum()).isEqualTo(9_999);
    assertThat(error.whole()).isEqualTo(10_000);
  }

  @Test
  void blend_years_out_of_range_are_rejected() {
    AllocationKey key = new AllocationKey.Inhabitants(JAN_2024);
    for (var yearOfYears : List.of(Tuple.of(-1, 4), Tuple.of(5, 4), Tuple.of(0, 0))) {
      Results.left(Allocation.divide(REGION, AllocationPurpose.REGIONAL_TEAMS, Money.euros(1, 0),
          new AllocationKey.Blend(key, key, yearOfYears._1, yearOfYears._2)), AllocationError.BlendYearOutOfRange.class);
    }
  }

  @Test
  void weights_for_non_members_or_below_zero_are_rejected() {
    Results.left(Allocation.divide(REGION, AllocationPurpose.REGIONAL_TEAMS, Money.euros(1, 0),
        new AllocationKey.ActualUse(LinkedHashMap.of(MunicipalityCode.of("0363"), 1L))), AllocationError.UnknownMember.class);
    Results.left(Allocation.divide(REGION, AllocationPurpose.REGIONAL_TEAMS, Money.euros(1, 0),
        new AllocationKey.ActualUse(LinkedHashMap.of(OSS, 5L, BOEKEL, -1L))), AllocationError.NegativeWeight.class);
  }
}
