package nl.wmokader.core.region.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/** A member's inhabitants on a reference date; a count for the same date replaces the earlier one. */
public record RecordInhabitantsCommand(MunicipalityCode municipality, LocalDate referenceDate, long inhabitants) {

  /** The command from raw values, or every missing or malformed field. */
  public static Either<DomainError, RecordInhabitantsCommand> read(String municipality, LocalDate referenceDate,
                                                                   Long inhabitants) {
    FieldChecks check = new FieldChecks();
    MunicipalityCode code = check.valid(MunicipalityCode.validate("municipality", municipality));
    LocalDate date = check.present("referenceDate", referenceDate);
    Long count = check.present("inhabitants", inhabitants);
    return check.resultFrom(() -> new RecordInhabitantsCommand(code, date, count));
  }

  /** This command when it names a municipality and a date and counts 0 up to {@code InhabitantCount.MAX_INHABITANTS}. */
  public Either<DomainError, RecordInhabitantsCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("municipality", municipality);
    checks.required("referenceDate", referenceDate);
    checks.check(inhabitants >= 0, "inhabitants", "negative", "must be 0 or more");
    checks.check(inhabitants <= nl.wmokader.core.region.domain.InhabitantCount.MAX_INHABITANTS, "inhabitants",
        "out_of_range", "must be at most " + nl.wmokader.core.region.domain.InhabitantCount.MAX_INHABITANTS);
    return checks.result(this);
  }
}
