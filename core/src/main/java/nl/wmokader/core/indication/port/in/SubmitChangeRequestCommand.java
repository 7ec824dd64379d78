package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.ProviderReference;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * {@code provider} asks {@code municipality} to change its assignment {@code assignment} (the iWmo
 * ToewijzingNummer) of {@code client} from {@code changeDate} on: a new volume, a new end date, or
 * both as sent (iWmo 317's TeWijzigenProduct), of which the use case keeps what differs from the
 * assignment (one of them). Under the provider's own {@code reference}. Made from raw values by
 * {@link #read}; {@link #validated} is the second round the use case applies after access.
 */
public record SubmitChangeRequestCommand(MunicipalityCode municipality, AgbCode provider, Bsn client,
                                         ProviderReference reference, AssignmentNumber assignment,
                                         LocalDate changeDate, Option<Volume> newVolume, Option<LocalDate> newEnd) {

  /** The command from raw values (as {@link SubmitAssignmentRequestCommand#read}), or every missing or malformed field. */
  public static Either<DomainError, SubmitChangeRequestCommand> read(String municipality, String provider,
      String client, String reference, String assignment, LocalDate changeDate, VolumeInput newVolume,
      LocalDate newEnd) {
    FieldChecks check = new FieldChecks();
    RequestFields fields = RequestFields.read(check, municipality, provider, client, reference);
    AssignmentNumber number = check.valid(AssignmentNumber.validate("assignment", assignment));
    LocalDate from = check.present("changeDate", changeDate);
    Volume v = newVolume == null ? null : newVolume.read(check, "newVolume");
    return check.resultFrom(() -> new SubmitChangeRequestCommand(fields.municipality(), fields.provider(),
        fields.client(), fields.reference(), number, from, Option.of(v), Option.of(newEnd)))
        .flatMap(SubmitChangeRequestCommand::validated);
  }

  /** This command when every component is given (none, not null, when absent) and it changes the volume or the end. */
  public Either<DomainError, SubmitChangeRequestCommand> validated() {
    FieldChecks checks = new FieldChecks();
    RequestFields.require(checks, municipality, provider, client, reference);
    checks.required("assignment", assignment);
    checks.required("changeDate", changeDate);
    checks.required("newVolume", newVolume, "give Option.none() when the volume stays");
    checks.required("newEnd", newEnd, "give Option.none() when the end stays");
    if (newVolume != null && newEnd != null) {
      checks.check(newVolume.isDefined() || newEnd.isDefined(), "newVolume", "required",
          "a change request gives a new volume or a new end date");
    }
    if (changeDate != null && newEnd != null) {
      checks.check(!newEnd.exists(e -> e.isBefore(changeDate)), "newEnd", "before_start",
          "must not lie before changeDate");
    }
    return checks.result(this);
  }
}
