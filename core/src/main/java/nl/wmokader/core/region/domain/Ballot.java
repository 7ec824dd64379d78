package nl.wmokader.core.region.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.shared.MunicipalityCode;

/** One municipality's vote on a regional decision. Whether it may vote is checked by {@link VotingRule}. */
public record Ballot(MunicipalityCode voter, BallotChoice choice) {
  public Ballot {
    requireNonNull(voter, "voter");
    requireNonNull(choice, "choice");
  }

  public boolean inFavour() {
    return choice == BallotChoice.IN_FAVOUR;
  }
}
