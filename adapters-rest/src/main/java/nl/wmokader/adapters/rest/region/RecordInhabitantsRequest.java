package nl.wmokader.adapters.rest.region;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.region.port.in.RecordInhabitantsCommand;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code POST /api/v1/region/inhabitant-counts}. */
public record RecordInhabitantsRequest(String municipality, LocalDate referenceDate, Long inhabitants)
    implements ApiRequest<RecordInhabitantsCommand> {

  @Override
  public Either<DomainError, RecordInhabitantsCommand> toCommand() {
    return RecordInhabitantsCommand.read(municipality, referenceDate, inhabitants);
  }
}
