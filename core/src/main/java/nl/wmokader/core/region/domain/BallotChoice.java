package nl.wmokader.core.region.domain;

/**
 * What a member votes on a regional decision. Absence is not a choice: an absent member simply casts
 * no {@link Ballot}. Neither an abstention nor absence ever counts in favour; under the weighted rule
 * both still count in the region's total inhabitants, so they weigh like a vote against.
 */
public enum BallotChoice {
  IN_FAVOUR,
  AGAINST,
  ABSTAIN
}
