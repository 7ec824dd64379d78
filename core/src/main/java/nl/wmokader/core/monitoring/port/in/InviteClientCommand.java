package nl.wmokader.core.monitoring.port.in;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import java.util.UUID;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.monitoring.domain.AgeBand;
import nl.wmokader.core.monitoring.domain.InvitationSource;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Invite the client of a decided case, or of an assignment whose delivery ended, naming the
 * client's age band (the library keeps no date of birth). Everything else an invitation carries is
 * read from the case or the assignment.
 */
public record InviteClientCommand(InvitationSource source, AgeBand ageBand) {
  public InviteClientCommand {
    requireNonNull(source, "source");
    requireNonNull(ageBand, "ageBand");
  }

  public static InviteClientCommand afterDecision(IndicationId indication, AgeBand ageBand) {
    return new InviteClientCommand(InvitationSource.decision(indication), ageBand);
  }

  public static InviteClientCommand afterEndedSupport(AssignmentId assignment, AgeBand ageBand) {
    return new InviteClientCommand(InvitationSource.endedSupport(assignment), ageBand);
  }

  /**
   * From raw values: exactly one of {@code indication} and {@code assignment} (UUIDs), and the age
   * band's code ({@code 18-34}, …, {@code onbekend}); or every missing and malformed field.
   */
  public static Either<DomainError, InviteClientCommand> read(String indication, String assignment, String ageBand) {
    FieldChecks check = new FieldChecks();
    check.check(indication == null || assignment == null, "assignment", "with_indication",
        "give an indication or an assignment, not both");
    check.check(indication != null || assignment != null, "indication", "required",
        "give an indication (after a decision) or an assignment (after an ended support)");
    UUID indicationId = indication == null ? null : check.uuid("indication", indication);
    UUID assignmentId = assignment == null ? null : check.uuid("assignment", assignment);
    AgeBand band = check.code("ageBand", ageBand, AgeBand::ofCode);
    return check.resultFrom(() -> new InviteClientCommand(indicationId != null
        ? InvitationSource.decision(new IndicationId(indicationId))
        : InvitationSource.endedSupport(new AssignmentId(assignmentId)), band));
  }
}
