package nl.wmokader.core.region.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.math.BigInteger;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The voting rule for regional decisions (DOMAIN §3): a decision passes when at least
 * {@code minimumInFavour} members vote in favour and, when {@code weightedMajority} is on, the members
 * in favour together hold strictly more than {@code thresholdNumerator / thresholdDenominator} of ALL
 * the region's inhabitants (not only of those voting) on the decision's reference date.
 *
 * <p>Abstentions and absent members (no ballot) never count in favour; both still count in the total
 * inhabitants. Every member's inhabitants on the reference date must be known, also with weighting off
 * (the outcome always reports the weight). All arithmetic is exact (integers, no rounding).
 */
public record VotingRule(int minimumInFavour, boolean weightedMajority, long thresholdNumerator, long thresholdDenominator) {

  public VotingRule {
    if (minimumInFavour < 0) {
      throw new IllegalArgumentException("minimumInFavour < 0");
    }
    if (thresholdDenominator <= 0 || thresholdNumerator < 0 || thresholdNumerator >= thresholdDenominator) {
      throw new IllegalArgumentException("threshold must be a fraction in [0, 1)");
    }
  }

  /** The reference rule: at least 3 members in favour holding more than half of all inhabitants. */
  public static VotingRule reference() {
    return new VotingRule(3, true, 1, 2);
  }

  /** The reference rule without weighting: only the number of members in favour counts. */
  public static VotingRule countOnly(int minimumInFavour) {
    return new VotingRule(minimumInFavour, false, 1, 2);
  }

  /**
   * Counts {@code decision} for {@code region}. Left: {@link VotingError.BallotFromNonMember},
   * {@link VotingError.DuplicateBallot} (checked in ballot order, first error returned), or
   * {@link VotingError.NoInhabitants} (in member order).
   */
  public Either<VotingError, RegionalDecisionOutcome> count(Region region, RegionalDecision decision) {
    requireNonNull(region, "region");
    requireNonNull(decision, "decision");
    Seq<Ballot> ballots = decision.ballots();
    for (Ballot ballot : ballots) {
      if (!region.isMember(ballot.voter())) {
        return Either.left(new VotingError.BallotFromNonMember(ballot.voter()));
      }
    }
    Seq<MunicipalityCode> seen = List.empty();
    for (Ballot ballot : ballots) {
      if (seen.contains(ballot.voter())) {
        return Either.left(new VotingError.DuplicateBallot(ballot.voter()));
      }
      seen = seen.append(ballot.voter());
    }
    long total = 0;
    long inFavourInhabitants = 0;
    for (Member member : region.members()) {
      var count = region.inhabitantsOn(member.code(), decision.referenceDate());
      if (count.isEmpty()) {
        return Either.left(new VotingError.NoInhabitants(member.code(), decision.referenceDate()));
      }
      long inhabitants = count.get().inhabitants();
      // counts are at most InhabitantCount.MAX_INHABITANTS: the sums cannot overflow
      total = Math.addExact(total, inhabitants);
      if (ballots.exists(b -> b.voter().equals(member.code()) && b.inFavour())) {
        inFavourInhabitants = Math.addExact(inFavourInhabitants, inhabitants);
      }
    }
    int inFavour = ballots.count(b -> b.choice() == BallotChoice.IN_FAVOUR);
    int against = ballots.count(b -> b.choice() == BallotChoice.AGAINST);
    int abstaining = ballots.count(b -> b.choice() == BallotChoice.ABSTAIN);
    int absent = region.members().size() - ballots.size();

    Seq<RegionalDecisionShortfall> shortfalls = List.empty();
    if (inFavour < minimumInFavour) {
      shortfalls = shortfalls.append(RegionalDecisionShortfall.TOO_FEW_IN_FAVOUR);
    }
    if (weightedMajority && !exceedsThreshold(inFavourInhabitants, total)) {
      shortfalls = shortfalls.append(RegionalDecisionShortfall.TOO_FEW_INHABITANTS_IN_FAVOUR);
    }
    return Either.right(new RegionalDecisionOutcome(
        shortfalls, inFavour, against, abstaining, absent, inFavourInhabitants, total, this));
  }

  /** part / total > numerator / denominator, i.e. part × denominator > total × numerator, exactly. */
  private boolean exceedsThreshold(long part, long total) {
    return BigInteger.valueOf(part).multiply(BigInteger.valueOf(thresholdDenominator))
        .compareTo(BigInteger.valueOf(total).multiply(BigInteger.valueOf(thresholdNumerator))) > 0;
  }
}
