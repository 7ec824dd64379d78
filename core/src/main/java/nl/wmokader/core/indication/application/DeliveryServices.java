package nl.wmokader.core.indication.application;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartCommand;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartUseCase;
import nl.wmokader.core.indication.port.in.ReportDeliveryStopCommand;
import nl.wmokader.core.indication.port.in.ReportDeliveryStopUseCase;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Commands;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The provider's side of an assignment: it reports the start (305) and the stop (307) of delivery. */
public final class DeliveryServices implements ReportDeliveryStartUseCase, ReportDeliveryStopUseCase {

  private static final Logger log = LoggerFactory.getLogger(DeliveryServices.class);

  private final AssignmentRepository assignments;
  private final AccessPolicy access;
  private final RecordAccessUseCase records;
  private final Clock clock;

  public DeliveryServices(AssignmentRepository assignments, Clock clock, AccessPolicy access, RecordAccessUseCase records) {
    this.access = requireNonNull(access, "access");
    this.records = requireNonNull(records, "records");
    this.assignments = requireNonNull(assignments, "assignments");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Either<DomainError, Assignment> reportDeliveryStart(Actor actor, ReportDeliveryStartCommand command) {
    return access.require(actor, "report the start of delivery", Actor.Role.PROVIDER)
        .flatMap(ok -> validate(command))
        .flatMap(cmd -> own(actor, cmd.assignment())
            .flatMap(a -> Either.<DomainError, Assignment>narrow(a.startDelivery(cmd.date()))))
        .flatMap(a -> CaseAudit.stored(records, actor, AuditAction.CHANGE, a, assignments::save))
        .peekLeft(e -> log.debug("delivery start rejected: {}", e.code()));
  }

  @Override
  public Either<DomainError, Assignment> reportDeliveryStop(Actor actor, ReportDeliveryStopCommand command) {
    return access.require(actor, "report the stop of delivery", Actor.Role.PROVIDER)
        .flatMap(ok -> Commands.checked(command, c -> c.validated()))
        .flatMap(cmd -> own(actor, cmd.assignment())
            .flatMap(a -> Either.<DomainError, Assignment>narrow(a.stopDelivery(cmd.date(), cmd.reason()))))
        .flatMap(a -> CaseAudit.stored(records, actor, AuditAction.CHANGE, a, assignments::save))
        .peekLeft(e -> log.debug("delivery stop rejected: {}", e.code()));
  }

  /** The assignment, when the actor is its provider; else NotFound, as if absent. */
  private Either<DomainError, Assignment> own(Actor actor, AssignmentId id) {
    return AssignmentAccess.load(assignments, records, actor, id, AuditAction.CHANGE,
        a -> access.actsFor(actor, a.provider()));
  }

  private Either<DomainError, ReportDeliveryStartCommand> validate(ReportDeliveryStartCommand c) {
    if (c == null) {
      return Either.left(InvalidInput.of("command", "required", "is required"));
    }
    FieldChecks checks = new FieldChecks();
    Cases.addErrors(checks, c.validated());
    // The date stays here, its presence included: it guards the check against today.
    if (checks.required("date", c.date())) {
      checks.check(!c.date().isAfter(LocalDate.now(clock)), "date", "in_future", "a start is reported once it happened");
    }
    return checks.result(c);
  }
}
