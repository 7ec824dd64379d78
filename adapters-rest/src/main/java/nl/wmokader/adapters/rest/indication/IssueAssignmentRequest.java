package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.VolumeInput;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/assignments}. {@code product} and {@code volume} are optional here;
 * which assignment type needs or forbids them is the core's rule. Without {@code end} the assignment
 * is open-ended; without {@code number} (the iWmo ToewijzingNummer) it takes the municipality's next.
 */
public record IssueAssignmentRequest(String indication, String provider, AssignmentType type, String product,
                                     VolumeInput volume, LocalDate start, LocalDate end, String number)
    implements ApiRequest<IssueAssignmentCommand> {

  @Override
  public Either<DomainError, IssueAssignmentCommand> toCommand() {
    return IssueAssignmentCommand.read(indication, provider, type, product, volume, start, end, number);
  }
}
