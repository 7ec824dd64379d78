package nl.wmokader.adapters.rest.region;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.region.port.in.RecordInhabitantsCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;

/**
 * The body of {@code POST /api/v1/region/inhabitant-counts}. Besides the core's checks, a count is
 * at most {@value #MAX_INHABITANTS}: no municipality comes near, and a vote count adds the members'
 * counts exactly, so a count near {@code Long.MAX_VALUE} made every later vote count a 500.
 */
public record RecordInhabitantsRequest(String municipality, LocalDate referenceDate, Long inhabitants)
    implements ApiRequest<RecordInhabitantsCommand> {

  /** The largest count accepted: the core's. */
  public static final long MAX_INHABITANTS = nl.wmokader.core.region.domain.InhabitantCount.MAX_INHABITANTS;

  @Override
  public Either<DomainError, RecordInhabitantsCommand> toCommand() {
    return RecordInhabitantsCommand.read(municipality, referenceDate, inhabitants)
        .flatMap(command -> command.inhabitants() > MAX_INHABITANTS
            ? Either.left(InvalidInput.of("inhabitants", "out_of_range", "must be at most " + MAX_INHABITANTS))
            : Either.right(command));
  }
}
