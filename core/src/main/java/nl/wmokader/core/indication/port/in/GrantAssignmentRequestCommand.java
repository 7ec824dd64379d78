package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.UUID;
import java.util.function.Function;
import nl.wmokader.core.indication.domain.AssignmentRequestId;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Grant {@code request}: issue the assignment it asks for under {@code indication} (none: the one
 * granted in-kind indication of the client that covers it), or make the change it asks for.
 */
public record GrantAssignmentRequestCommand(AssignmentRequestId request, Option<IndicationId> indication) {

  /** The command on the request named apart (a path's) from the raw indication (a UUID; null: none). */
  public static Either<DomainError, Function<AssignmentRequestId, GrantAssignmentRequestCommand>> read(String indication) {
    FieldChecks check = new FieldChecks();
    UUID id = indication == null ? null : check.uuid("indication", indication);
    return check.resultFrom(() -> request -> new GrantAssignmentRequestCommand(request,
        Option.of(id).map(IndicationId::new)));
  }

  /** This command when it names the request (and gives none, not null, for no indication). */
  public Either<DomainError, GrantAssignmentRequestCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("request", request);
    checks.required("indication", indication, "give Option.none() to find the indication");
    return checks.result(this);
  }
}
