package nl.wmokader.core.region.domain;

import java.time.LocalDate;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Rejection;

/** Why a regional decision cannot be counted. */
public sealed interface VotingError extends Rejection {

  /** A ballot from a municipality that is not a member of the region. */
  record BallotFromNonMember(MunicipalityCode voter) implements VotingError {
    @Override
    public String message() {
      return "municipality " + voter + " is not a member of the region and cannot vote";
    }
  }

  /** A member cast more than one ballot. */
  record DuplicateBallot(MunicipalityCode voter) implements VotingError {
    @Override
    public String message() {
      return "member " + voter + " cast more than one ballot";
    }
  }

  /**
   * A member has no inhabitant count on or before the reference date. Never read as zero: that would
   * silently shrink the region's total and make a weighted majority easier.
   */
  record NoInhabitants(MunicipalityCode member, LocalDate referenceDate) implements VotingError {
    @Override
    public String message() {
      return "member " + member + " has no inhabitant count on or before " + referenceDate;
    }
  }
}
