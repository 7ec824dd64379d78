package nl.wmokader.core.region;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import nl.wmokader.core.region.domain.Ballot;
import nl.wmokader.core.region.domain.BallotChoice;
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.domain.RegionalDecision;
import nl.wmokader.core.region.domain.RegionalDecisionOutcome;
import nl.wmokader.core.region.domain.RegionalDecisionShortfall;
import nl.wmokader.core.region.domain.VotingError;
import nl.wmokader.core.region.domain.VotingRule;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;

class VotingRuleTest {

  private static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  private static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  private static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  private static final MunicipalityCode LAND_VAN_CUIJK = MunicipalityCode.of("1982");
  private static final MunicipalityCode MAASHORST = MunicipalityCode.of("1991");
  private static final LocalDate ON = LocalDate.of(2024, 6, 1);

  private final Region region = RegionGen.reference();

  private static RegionalDecision decision(Ballot... ballots) {
    return new RegionalDecision("begroting 2025", ON, List.of(ballots));
  }

  private static Ballot yes(MunicipalityCode code) {
    return new Ballot(code, BallotChoice.IN_FAVOUR);
  }

  private static Ballot no(MunicipalityCode code) {
    return new Ballot(code, BallotChoice.AGAINST);
  }

  private static Ballot abstain(MunicipalityCode code) {
    return new Ballot(code, BallotChoice.ABSTAIN);
  }

  @Test
  void three_small_members_in_favour_fail_on_weight() {
    RegionalDecisionOutcome outcome = right(VotingRule.reference().count(region,
        decision(yes(BERNHEZE), yes(BOEKEL), yes(MAASHORST), no(OSS), no(LAND_VAN_CUIJK))));

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.shortfalls()).containsExactly(RegionalDecisionShortfall.TOO_FEW_INHABITANTS_IN_FAVOUR);
    assertThat(outcome.inFavour()).isEqualTo(3);
    assertThat(outcome.inhabitantsInFavour()).isEqualTo(102_759);
    assertThat(outcome.totalInhabitants()).isEqualTo(288_402);
  }

  @Test
  void oss_land_van_cuijk_and_boekel_pass() {
    RegionalDecisionOutcome outcome = right(VotingRule.reference().count(region,
        decision(yes(OSS), yes(LAND_VAN_CUIJK), yes(BOEKEL), no(BERNHEZE), no(MAASHORST))));

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.shortfalls()).isEmpty();
    assertThat(outcome.inhabitantsInFavour()).isEqualTo(196_945);
    assertThat(outcome.totalInhabitants()).isEqualTo(288_402);
  }

  @Test
  void two_large_members_hold_a_majority_but_are_too_few() {
    RegionalDecisionOutcome outcome = right(VotingRule.reference().count(region,
        decision(yes(OSS), yes(LAND_VAN_CUIJK))));

    assertThat(outcome.inhabitantsInFavour()).isEqualTo(185_643);
    assertThat(outcome.shortfalls()).containsExactly(RegionalDecisionShortfall.TOO_FEW_IN_FAVOUR);
    assertThat(outcome.absent()).isEqualTo(3);
  }

  @Test
  void the_weight_is_of_all_inhabitants_so_abstention_and_absence_weigh_against() {
    // Of those voting (Bernheze, Boekel, Maashorst only) the three would hold everything.
    RegionalDecisionOutcome outcome = right(VotingRule.reference().count(region,
        decision(yes(BERNHEZE), yes(BOEKEL), yes(MAASHORST), abstain(OSS))));

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.abstaining()).isEqualTo(1);
    assertThat(outcome.absent()).isEqualTo(1);
    assertThat(outcome.totalInhabitants()).isEqualTo(288_402);
  }

  @Test
  void exactly_half_is_not_more_than_half() {
    Region even = RegionGen.reference()
        .withInhabitantCounts(List.of(
            new InhabitantCount(OSS, ON, 50), new InhabitantCount(BERNHEZE, ON, 25),
            new InhabitantCount(BOEKEL, ON, 25), new InhabitantCount(LAND_VAN_CUIJK, ON, 50),
            new InhabitantCount(MAASHORST, ON, 50)));

    RegionalDecisionOutcome half = right(VotingRule.reference().count(even,
        decision(yes(OSS), yes(BERNHEZE), yes(BOEKEL))));
    RegionalDecisionOutcome more = right(new VotingRule(3, true, 2, 5).count(even,
        decision(yes(OSS), yes(BERNHEZE), yes(BOEKEL))));

    assertThat(half.inhabitantsInFavour() * 2).isEqualTo(half.totalInhabitants());
    assertThat(half.passed()).isFalse();
    assertThat(more.passed()).isTrue();
  }

  @Test
  void without_weighting_three_small_members_pass() {
    RegionalDecisionOutcome outcome = right(VotingRule.countOnly(3).count(region,
        decision(yes(BERNHEZE), yes(BOEKEL), yes(MAASHORST))));

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.inhabitantsInFavour()).isEqualTo(102_759);
  }

  @Test
  void a_ballot_from_a_non_member_is_an_error() {
    MunicipalityCode stranger = MunicipalityCode.of("0363");
    VotingError.BallotFromNonMember error = left(VotingRule.reference().count(region,
        decision(yes(OSS), yes(stranger))), VotingError.BallotFromNonMember.class);

    assertThat(error.voter()).isEqualTo(stranger);
    assertThat(error.kind()).isEqualTo(ErrorKind.REJECTED);
  }

  @Test
  void two_ballots_from_one_member_are_an_error() {
    VotingError.DuplicateBallot error = left(VotingRule.reference().count(region,
        decision(yes(OSS), no(BOEKEL), yes(BOEKEL))), VotingError.DuplicateBallot.class);

    assertThat(error.voter()).isEqualTo(BOEKEL);
  }

  @Test
  void a_member_without_inhabitants_on_the_reference_date_is_an_error_not_zero() {
    // Maashorst is counted from 2023-01-01, the others from 2024-01-01.
    RegionalDecision early = new RegionalDecision("begroting 2023", LocalDate.of(2023, 6, 1), List.of(yes(MAASHORST)));

    VotingError.NoInhabitants error = left(VotingRule.reference().count(region, early), VotingError.NoInhabitants.class);

    assertThat(error.member()).isEqualTo(OSS);
    assertThat(error.referenceDate()).isEqualTo(LocalDate.of(2023, 6, 1));
  }

  @Test
  void the_counts_on_the_decision_reference_date_are_used() {
    Region recounted = right(region.recordInhabitants(new InhabitantCount(BOEKEL, LocalDate.of(2025, 1, 1), 200_000)));
    RegionalDecision in2025 = new RegionalDecision("begroting 2026", LocalDate.of(2025, 3, 1),
        List.of(yes(BERNHEZE), yes(BOEKEL), yes(MAASHORST)));

    RegionalDecisionOutcome outcome = right(VotingRule.reference().count(recounted, in2025));
    RegionalDecisionOutcome before = right(VotingRule.reference().count(recounted, decision(yes(BERNHEZE), yes(BOEKEL), yes(MAASHORST))));

    assertThat(outcome.inhabitantsInFavour()).isEqualTo(32_521 + 200_000 + 58_936);
    assertThat(outcome.passed()).isTrue();
    assertThat(before.passed()).isFalse();
  }
}
