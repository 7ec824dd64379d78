package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.port.in.FileObjectionCommand;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code POST /api/v1/indications/{indicationId}/objection}. */
public record ObjectionRequest(LocalDate filedOn) implements ApiRequest<Function<IndicationId, FileObjectionCommand>> {

  @Override
  public Either<DomainError, Function<IndicationId, FileObjectionCommand>> toCommand() {
    return FileObjectionCommand.read(filedOn);
  }
}
