package nl.wmokader.adapters.rest.monitoring;

import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.monitoring.port.in.InviteClientCommand;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code POST /survey/invitations}: a decided case or an ended assignment, and the client's age band. */
public record InvitationRequest(String indication, String assignment, String ageBand)
    implements ApiRequest<InviteClientCommand> {

  @Override
  public Either<DomainError, InviteClientCommand> toCommand() {
    return InviteClientCommand.read(indication, assignment, ageBand);
  }
}
