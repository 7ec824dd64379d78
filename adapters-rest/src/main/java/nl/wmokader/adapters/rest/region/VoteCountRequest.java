package nl.wmokader.adapters.rest.region;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.region.port.in.CountVotesCommand;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code POST /api/v1/vote-counts}: a regional decision's subject, reference date and ballots. */
public record VoteCountRequest(String subject, LocalDate referenceDate,
                               java.util.List<CountVotesCommand.RawBallot> ballots)
    implements ApiRequest<CountVotesCommand> {

  @Override
  public Either<DomainError, CountVotesCommand> toCommand() {
    return CountVotesCommand.read(subject, referenceDate, ballots == null ? null : List.ofAll(ballots));
  }
}
