package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.supervision.domain.InvestigationId;

/**
 * Records that the improvement point at {@code index} of the investigation's outcomes was followed
 * up today; {@link #validated} is the check the use case applies after access.
 */
public record FollowUpImprovementPointCommand(InvestigationId investigation, Integer index) {

  /** This command when it names an investigation and an index. */
  public Either<DomainError, FollowUpImprovementPointCommand> validated() {
    FieldChecks fields = new FieldChecks();
    fields.required("investigation", investigation);
    fields.required("index", index);
    return fields.result(this);
  }
}
