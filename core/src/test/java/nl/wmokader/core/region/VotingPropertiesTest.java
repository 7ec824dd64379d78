package nl.wmokader.core.region;

import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.math.BigInteger;
import nl.wmokader.core.region.GovernanceGen.Vote;
import nl.wmokader.core.region.domain.Ballot;
import nl.wmokader.core.region.domain.BallotChoice;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.RegionalDecision;
import nl.wmokader.core.region.domain.RegionalDecisionOutcome;
import nl.wmokader.core.region.domain.VotingRule;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

class VotingPropertiesTest implements WithQuickTheories {

  private static RegionalDecisionOutcome count(VotingRule rule, Vote vote) {
    return right(rule.count(vote.region(), vote.decision()));
  }

  /** The member's ballot turned (or added) in favour, keeping the others in place. */
  private static RegionalDecision inFavour(RegionalDecision decision, MunicipalityCode member) {
    Ballot yes = new Ballot(member, BallotChoice.IN_FAVOUR);
    Seq<Ballot> ballots = decision.ballots().exists(b -> b.voter().equals(member))
        ? decision.ballots().map(b -> b.voter().equals(member) ? yes : b)
        : decision.ballots().append(yes);
    return new RegionalDecision(decision.subject(), decision.referenceDate(), ballots);
  }

  @Test
  void adding_a_vote_in_favour_never_turns_a_pass_into_a_fail() {
    qt().forAll(GovernanceGen.rules(), GovernanceGen.votes(), integers().between(0, 7))
        .checkAssert((rule, vote, index) -> {
          Member member = vote.region().members().get(index % vote.region().members().size());
          Vote more = new Vote(vote.region(), inFavour(vote.decision(), member.code()));
          RegionalDecisionOutcome before = count(rule, vote);
          RegionalDecisionOutcome after = count(rule, more);
          if (before.passed()) {
            assertThat(after.passed()).isTrue();
          }
          assertThat(after.inFavour()).isGreaterThanOrEqualTo(before.inFavour());
          assertThat(after.inhabitantsInFavour()).isGreaterThanOrEqualTo(before.inhabitantsInFavour());
        });
  }

  @Test
  void a_pass_has_enough_members_and_with_the_reference_rule_more_than_half_of_all_inhabitants() {
    qt().forAll(GovernanceGen.votes()).checkAssert(vote -> {
      RegionalDecisionOutcome outcome = count(VotingRule.reference(), vote);
      if (outcome.passed()) {
        assertThat(outcome.inFavour()).isGreaterThanOrEqualTo(3);
        assertThat(outcome.inhabitantsInFavour() * 2).isGreaterThan(outcome.totalInhabitants());
      }
    });
  }

  @Test
  void a_pass_under_any_rule_meets_its_count_and_threshold_and_a_fail_names_what_it_missed() {
    qt().forAll(GovernanceGen.rules(), GovernanceGen.votes()).checkAssert((rule, vote) -> {
      RegionalDecisionOutcome outcome = count(rule, vote);
      boolean enoughMembers = outcome.inFavour() >= rule.minimumInFavour();
      boolean enoughWeight = BigInteger.valueOf(outcome.inhabitantsInFavour()).multiply(BigInteger.valueOf(rule.thresholdDenominator()))
          .compareTo(BigInteger.valueOf(outcome.totalInhabitants()).multiply(BigInteger.valueOf(rule.thresholdNumerator()))) > 0;
      assertThat(outcome.passed()).isEqualTo(enoughMembers && (!rule.weightedMajority() || enoughWeight));
      assertThat(outcome.shortfalls().size()).isEqualTo((enoughMembers ? 0 : 1) + (!rule.weightedMajority() || enoughWeight ? 0 : 1));
    });
  }

  @Test
  void with_weighting_off_only_the_number_in_favour_matters() {
    qt().forAll(integers().between(0, 6), GovernanceGen.votes()).checkAssert((minimum, vote) -> {
      RegionalDecisionOutcome outcome = count(VotingRule.countOnly(minimum), vote);
      assertThat(outcome.passed()).isEqualTo(outcome.inFavour() >= minimum);
    });
  }

  @Test
  void abstentions_and_absence_never_count_in_favour_and_the_tally_covers_every_member() {
    qt().forAll(GovernanceGen.votes()).checkAssert(vote -> {
      RegionalDecisionOutcome outcome = count(VotingRule.reference(), vote);
      long expectedInhabitants = vote.decision().ballots().filter(Ballot::inFavour)
          .map(b -> vote.region().inhabitantsOn(b.voter(), vote.decision().referenceDate()).get().inhabitants())
          .sum().longValue();
      assertThat(outcome.inhabitantsInFavour()).isEqualTo(expectedInhabitants);
      assertThat(outcome.inFavour() + outcome.against() + outcome.abstaining() + outcome.absent())
          .isEqualTo(vote.region().members().size());
    });
  }

  @Test
  void permuting_the_ballots_does_not_change_the_outcome() {
    qt().forAll(GovernanceGen.rules(), GovernanceGen.votes(), integers().all()).checkAssert((rule, vote, salt) -> {
      RegionalDecision d = vote.decision();
      RegionalDecision permuted = new RegionalDecision(d.subject(), d.referenceDate(),
          d.ballots().sortBy(b -> Integer.rotateLeft(b.voter().hashCode() ^ salt, salt & 31)));
      assertThat(count(rule, new Vote(vote.region(), permuted))).isEqualTo(count(rule, vote));
    });
  }
}
