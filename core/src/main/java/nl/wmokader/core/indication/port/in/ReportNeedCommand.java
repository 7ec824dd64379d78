package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A report (melding) of a need for support. {@code attributedTo} names the municipality of origin of
 * a sheltered-housing or shelter case, which the central municipality is then responsible for. Made
 * from raw values by {@link #readOpening}; {@link #validated} is the part of the second round that
 * needs neither the region nor the clock.
 */
public record ReportNeedCommand(Bsn client, MunicipalityCode responsibleMunicipality,
    Option<MunicipalityCode> attributedTo, LocalDate reportedOn) {

  /** A resident's report to their own municipality. */
  public static ReportNeedCommand of(Bsn client, MunicipalityCode responsibleMunicipality, LocalDate reportedOn) {
    return new ReportNeedCommand(client, responsibleMunicipality, Option.none(), reportedOn);
  }

  /** A sheltered-housing or shelter report, decided by {@code central} for {@code origin}. */
  public static ReportNeedCommand central(Bsn client, MunicipalityCode central, MunicipalityCode origin, LocalDate reportedOn) {
    return new ReportNeedCommand(client, central, Option.some(origin), reportedOn);
  }

  /**
   * A new case from raw values: a report when {@code reportedOn} is given, an application without a
   * prior report when {@code appliedOn} is, exactly one of the two; {@code client} a BSN,
   * {@code responsibleMunicipality} and the optional {@code attributedTo} CBS codes. Or every
   * missing or malformed field.
   */
  public static Either<DomainError, Either<ReportNeedCommand, SubmitApplicationCommand>> readOpening(
      String client, String responsibleMunicipality, String attributedTo, LocalDate reportedOn, LocalDate appliedOn) {
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

  /**
   * This command when it names the client and the responsible municipality. Membership of the region
   * and a date not in the future are the use case's to check.
   */
  public Either<DomainError, ReportNeedCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("client", client);
    checks.required("responsibleMunicipality", responsibleMunicipality);
    return checks.result(this);
  }
}
