package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * An application (aanvraag): on an existing case ({@code indication}), or without a prior report
 * ({@code client} and {@code responsibleMunicipality}, optionally {@code attributedTo}, as in
 * {@link ReportNeedCommand}). Use the factories: from raw values {@link #read} (on a case) and
 * {@link ReportNeedCommand#readOpening} (without a report); {@link #validated} is the part of the
 * second round that needs neither the case, the region nor the clock.
 */
public record SubmitApplicationCommand(Option<IndicationId> indication, Option<Bsn> client,
    Option<MunicipalityCode> responsibleMunicipality, Option<MunicipalityCode> attributedTo, LocalDate appliedOn) {

  public static SubmitApplicationCommand onCase(IndicationId indication, LocalDate appliedOn) {
    return new SubmitApplicationCommand(Option.some(indication), Option.none(), Option.none(), Option.none(), appliedOn);
  }

  public static SubmitApplicationCommand withoutReport(Bsn client, MunicipalityCode responsibleMunicipality,
      Option<MunicipalityCode> attributedTo, LocalDate appliedOn) {
    return new SubmitApplicationCommand(Option.none(), Option.some(client), Option.some(responsibleMunicipality),
        attributedTo, appliedOn);
  }

  /** The application on the case named apart (a path's) from its date, or its error when it is missing. */
  public static Either<DomainError, Function<IndicationId, SubmitApplicationCommand>> read(LocalDate appliedOn) {
    FieldChecks check = new FieldChecks();
    LocalDate on = check.present("appliedOn", appliedOn);
    return check.resultFrom(() -> id -> SubmitApplicationCommand.onCase(id, on));
  }

  /**
   * This command when an application on a case names no parties (the case has them) and one without
   * a case names its client and responsible municipality. A null option counts as none.
   */
  public Either<DomainError, SubmitApplicationCommand> validated() {
    FieldChecks fields = new FieldChecks();
    if (orNone(indication).isDefined()) {
      fields.check(orNone(client).isEmpty(), "client", "with_indication", "must be absent for an existing case");
      fields.check(orNone(responsibleMunicipality).isEmpty(), "responsibleMunicipality", "with_indication",
          "must be absent for an existing case");
      fields.check(orNone(attributedTo).isEmpty(), "attributedTo", "with_indication",
          "must be absent for an existing case");
    } else {
      fields.check(orNone(client).isDefined(), "client", "required", "is required without an indication");
      fields.required("responsibleMunicipality", orNone(responsibleMunicipality).getOrNull());
    }
    return fields.result(this);
  }

  private static <T> Option<T> orNone(Option<T> value) {
    return value == null ? Option.none() : value;
  }
}
