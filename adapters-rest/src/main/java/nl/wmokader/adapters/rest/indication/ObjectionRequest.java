package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.port.in.FileObjectionCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/** The body of {@code POST /api/v1/indications/{indicationId}/objection}. */
public record ObjectionRequest(LocalDate filedOn) implements ApiRequest<Function<IndicationId, FileObjectionCommand>> {

  @Override
  public Either<DomainError, Function<IndicationId, FileObjectionCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    LocalDate on = check.present("filedOn", filedOn);
    return check.resultFrom(() -> id -> new FileObjectionCommand(id, on));
  }
}
