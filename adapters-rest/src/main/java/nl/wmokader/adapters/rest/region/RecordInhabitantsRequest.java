package nl.wmokader.adapters.rest.region;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.FieldCheck;
import nl.wmokader.core.region.port.in.RecordInhabitantsCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/** The body of {@code POST /api/v1/region/inhabitant-counts}. */
public record RecordInhabitantsRequest(String municipality, LocalDate referenceDate, Long inhabitants)
    implements ApiRequest<RecordInhabitantsCommand> {

  @Override
  public Either<DomainError, RecordInhabitantsCommand> toCommand() {
    FieldCheck check = new FieldCheck();
    MunicipalityCode code = check.valid(MunicipalityCode.validate("municipality", municipality));
    LocalDate date = check.required("referenceDate", referenceDate);
    Long count = check.required("inhabitants", inhabitants);
    return check.result(() -> new RecordInhabitantsCommand(code, date, count));
  }
}
