package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.port.in.ReportNeedCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The body of {@code POST /api/v1/indications}: a new case, opened by a report ({@code reportedOn})
 * or by an application without a prior report ({@code appliedOn}), exactly one of the two.
 */
public record OpenIndicationRequest(String client, String responsibleMunicipality, String attributedTo,
    LocalDate reportedOn, LocalDate appliedOn)
    implements ApiRequest<Either<ReportNeedCommand, SubmitApplicationCommand>> {

  @Override
  public Either<DomainError, Either<ReportNeedCommand, SubmitApplicationCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    Bsn bsn = check.valid(Bsn.validate("client", client));
    MunicipalityCode responsible = check.valid(MunicipalityCode.validate("responsibleMunicipality", responsibleMunicipality));
    Option<MunicipalityCode> attribution = optionalMunicipality(check, "attributedTo", attributedTo);
    if ((reportedOn == null) == (appliedOn == null)) {
      check.add("reportedOn", "report_or_application",
          "exactly one of reportedOn (a report) and appliedOn (an application without report)");
    }
    return check.resultFrom(() -> reportedOn != null
        ? Either.left(new ReportNeedCommand(bsn, responsible, attribution, reportedOn))
        : Either.right(SubmitApplicationCommand.withoutReport(bsn, responsible, attribution, appliedOn)));
  }

  /** None when absent; a blank one is malformed, not missing (the field is optional). */
  private static Option<MunicipalityCode> optionalMunicipality(FieldChecks check, String field, String raw) {
    if (raw == null) {
      return Option.none();
    }
    if (raw.isBlank()) {
      check.add(field, "municipality_code_format", "must be a 4-digit CBS code");
      return Option.none();
    }
    return Option.of(check.valid(MunicipalityCode.validate(field, raw)));
  }
}
