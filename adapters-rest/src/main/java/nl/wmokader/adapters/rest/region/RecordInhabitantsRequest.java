package nl.wmokader.adapters.rest.region;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.region.port.in.RecordInhabitantsCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/** The body of {@code POST /api/v1/region/inhabitant-counts}. */
public record RecordInhabitantsRequest(String municipality, LocalDate referenceDate, Long inhabitants)
    implements ApiRequest<RecordInhabitantsCommand> {

  @Override
  public Either<DomainError, RecordInhabitantsCommand> toCommand() {
    FieldChecks check = new FieldChecks();
    MunicipalityCode code = check.valid(MunicipalityCode.validate("municipality", municipality));
    LocalDate date = check.present("referenceDate", referenceDate);
    Long count = check.present("inhabitants", inhabitants);
    return check.resultFrom(() -> new RecordInhabitantsCommand(code, date, count));
  }
}
