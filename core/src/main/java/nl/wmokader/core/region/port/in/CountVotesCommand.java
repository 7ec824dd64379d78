package nl.wmokader.core.region.port.in;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import nl.wmokader.core.region.domain.BallotChoice;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A regional decision to count: its subject, the reference date whose inhabitant counts weigh the
 * votes, and the ballots cast (a member without one was absent). Components may be null; the use case
 * checks them, every field at once.
 */
public record CountVotesCommand(String subject, LocalDate referenceDate, Seq<BallotInput> ballots) {

  /** One member's vote. */
  public record BallotInput(MunicipalityCode voter, BallotChoice choice) {}
}
