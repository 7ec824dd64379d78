package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Delivery on {@code assignment} started on {@code date} (iWmo 305, Begindatum). Made from raw
 * values by {@link #read}; {@link #validated} is the part of the second round that needs no clock.
 */
public record ReportDeliveryStartCommand(AssignmentId assignment, LocalDate date) {

  /**
   * The command on the assignment named apart (a path's) from the first day of delivery, or its
   * error when it is missing. The date is read without the assignment, so that a caller can report
   * its error together with those of the id.
   */
  public static Either<DomainError, Function<AssignmentId, ReportDeliveryStartCommand>> read(LocalDate date) {
    FieldChecks check = new FieldChecks();
    LocalDate first = check.present("date", date);
    return check.resultFrom(() -> id -> new ReportDeliveryStartCommand(id, first));
  }

  /**
   * This command when it names the assignment. The date is the use case's to check, as it must also
   * not lie after today.
   */
  public Either<DomainError, ReportDeliveryStartCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("assignment", assignment);
    return checks.result(this);
  }
}
