package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.core.indication.domain.AssignmentRequestId;
import nl.wmokader.core.indication.domain.RequestRefusalReason;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/** Refuse {@code request} for {@code reason} (the iWmo RedenAfwijzingVerzoek the 319 carries). */
public record RefuseAssignmentRequestCommand(AssignmentRequestId request, RequestRefusalReason reason) {

  /** The command on the request named apart (a path's) from the reason's iWmo code ("1" to "9"). */
  public static Either<DomainError, Function<AssignmentRequestId, RefuseAssignmentRequestCommand>> read(String reason) {
    FieldChecks check = new FieldChecks();
    RequestRefusalReason r = check.code("reason", reason, RequestRefusalReason::ofCode);
    return check.resultFrom(() -> request -> new RefuseAssignmentRequestCommand(request, r));
  }

  /** This command when it names the request and the reason. */
  public Either<DomainError, RefuseAssignmentRequestCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("request", request);
    checks.required("reason", reason);
    return checks.result(this);
  }
}
