package nl.wmokader.adapters.rest.region;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.region.domain.BallotChoice;
import nl.wmokader.core.region.port.in.CountVotesCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/** The body of {@code POST /api/v1/vote-counts}: a regional decision's subject, reference date and ballots. */
public record VoteCountRequest(String subject, LocalDate referenceDate, java.util.List<BallotRequest> ballots)
    implements ApiRequest<CountVotesCommand> {

  /** One member's vote: its CBS code and {@code IN_FAVOUR}, {@code AGAINST} or {@code ABSTAIN}. */
  public record BallotRequest(String voter, BallotChoice choice) {}

  @Override
  public Either<DomainError, CountVotesCommand> toCommand() {
    FieldChecks check = new FieldChecks();
    List<CountVotesCommand.BallotInput> parsed = ballots == null ? null : List.ofAll(ballots).zipWithIndex()
        .map(b -> b._1 == null ? null : new CountVotesCommand.BallotInput(b._1.voter() == null ? null
            : check.valid(MunicipalityCode.validate("ballots[" + b._2 + "].voter", b._1.voter())), b._1.choice()));
    return check.resultFrom(() -> new CountVotesCommand(subject, referenceDate, parsed));
  }
}
