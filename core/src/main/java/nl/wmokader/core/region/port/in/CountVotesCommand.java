package nl.wmokader.core.region.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.core.region.domain.Ballot;
import nl.wmokader.core.region.domain.BallotChoice;
import nl.wmokader.core.region.domain.RegionalDecision;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A regional decision to count: its subject, the reference date whose inhabitant counts weigh the
 * votes, and the ballots cast (a member without one was absent). Made from raw values by
 * {@link #read}; {@link #decision} checks every field at once.
 */
public record CountVotesCommand(String subject, LocalDate referenceDate, Seq<BallotInput> ballots) {

  /** The most characters of a subject. */
  public static final int MAX_SUBJECT_LENGTH = 200;

  /** One member's vote. */
  public record BallotInput(MunicipalityCode voter, BallotChoice choice) {}

  /** One member's vote as sent: its CBS code and {@code IN_FAVOUR}, {@code AGAINST} or {@code ABSTAIN}. */
  public record RawBallot(String voter, BallotChoice choice) {}

  /** The command from raw values, or every malformed voter ({@code ballots[1].voter}). */
  public static Either<DomainError, CountVotesCommand> read(String subject, LocalDate referenceDate,
                                                            Seq<RawBallot> ballots) {
    FieldChecks check = new FieldChecks();
    Seq<BallotInput> parsed = ballots == null ? null : ballots.zipWithIndex()
        .map(b -> b._1 == null ? null : new BallotInput(b._1.voter() == null ? null
            : check.valid(MunicipalityCode.validate("ballots[" + b._2 + "].voter", b._1.voter())), b._1.choice()));
    return check.resultFrom(() -> new CountVotesCommand(subject, referenceDate, parsed));
  }

  /** The decision this command asks to count, or every missing field and a subject over 200 characters. */
  public Either<DomainError, RegionalDecision> decision() {
    FieldChecks fields = new FieldChecks();
    if (fields.requiredText("subject", subject)) {
      fields.check(subject.strip().length() <= MAX_SUBJECT_LENGTH, "subject", "too_long",
          "must be at most " + MAX_SUBJECT_LENGTH + " characters");
    }
    fields.required("referenceDate", referenceDate);
    if (fields.required("ballots", ballots)) {
      for (int i = 0; i < ballots.size(); i++) {
        String at = "ballots[" + i + "]";
        BallotInput ballot = ballots.get(i);
        if (fields.required(at, ballot)) {
          fields.required(at + ".voter", ballot.voter());
          fields.required(at + ".choice", ballot.choice());
        }
      }
    }
    return fields.resultFrom(() -> new RegionalDecision(subject.strip(), referenceDate,
        ballots.map(b -> new Ballot(b.voter(), b.choice()))));
  }
}
