package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.IndicationId;

/**
 * What an invitation follows: the decision on a case (its indication) or the ended delivery of an
 * assignment. There is at most one invitation per source, however often the inviter runs.
 */
public record InvitationSource(Kind kind, UUID id) {

  /** A decision (granted or refused) or an ended support. */
  public enum Kind {
    DECISION, ENDED_SUPPORT
  }

  public InvitationSource {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
  }

  public static InvitationSource decision(IndicationId indication) {
    return new InvitationSource(Kind.DECISION, indication.value());
  }

  public static InvitationSource endedSupport(AssignmentId assignment) {
    return new InvitationSource(Kind.ENDED_SUPPORT, assignment.value());
  }

  @Override
  public String toString() {
    return kind + " " + id;
  }
}
