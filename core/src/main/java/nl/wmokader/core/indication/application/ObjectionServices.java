package nl.wmokader.core.indication.application;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IntakeDeadlines;
import nl.wmokader.core.indication.port.in.DecideOnObjectionCommand;
import nl.wmokader.core.indication.port.in.DecideOnObjectionUseCase;
import nl.wmokader.core.indication.port.in.FileObjectionCommand;
import nl.wmokader.core.indication.port.in.FileObjectionUseCase;
import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Objections against decisions: filing (late ones are recorded as late) and deciding on them. */
public final class ObjectionServices implements FileObjectionUseCase, DecideOnObjectionUseCase {

  private static final Logger log = LoggerFactory.getLogger(ObjectionServices.class);

  private final IndicationRepository indications;
  private final Clock clock;
  private final IntakeDeadlines deadlines;
  private final AccessPolicy access;
  private final RecordAccessUseCase records;

  public ObjectionServices(IndicationRepository indications, Clock clock, IntakeDeadlines deadlines, AccessPolicy access, RecordAccessUseCase records) {
    this.access = requireNonNull(access, "access");
    this.records = requireNonNull(records, "records");
    this.indications = requireNonNull(indications, "indications");
    this.clock = requireNonNull(clock, "clock");
    this.deadlines = requireNonNull(deadlines, "deadlines");
  }

  @Override
  public Either<DomainError, Indication> fileObjection(Actor actor, FileObjectionCommand command) {
    return Cases.requireStaff(access, actor, "file an objection")
        .peek(ok -> requireNonNull(command, "command"))  // the actor first: a refused role never hears of its input
        .flatMap(ok -> Cases.loadChangeableIfGiven(access, records, indications, actor, command.indication()))
        .flatMap(i -> {
          FieldChecks fields = new FieldChecks();
          fields.required("indication", i.getOrNull());
          Cases.eventDate(fields, "filedOn", command.filedOn(), LocalDate.now(clock));
          return fields.resultFrom(i::get);
        })
        .flatMap(i -> Either.<DomainError, Indication>narrow(i.fileObjection(command.filedOn(), deadlines)))
        .flatMap(i -> CaseAudit.stored(records, actor, AuditAction.CHANGE, i, indications::save))
        .peekLeft(e -> log.debug("objection rejected: {}", e.code()));
  }

  @Override
  public Either<DomainError, Indication> decideOnObjection(Actor actor, DecideOnObjectionCommand command) {
    return Cases.requireStaff(access, actor, "decide on an objection")
        .peek(ok -> requireNonNull(command, "command"))
        .flatMap(ok -> Cases.loadChangeableIfGiven(access, records, indications, actor, command.indication()))
        .flatMap(i -> {
          FieldChecks fields = new FieldChecks();
          fields.required("indication", i.getOrNull());
          Cases.addErrors(fields, command.validated());
          Cases.eventDate(fields, "decidedOn", command.decidedOn(), LocalDate.now(clock));
          return fields.resultFrom(i::get);
        })
        .flatMap(i -> Either.<DomainError, Indication>narrow(i.decideObjection(command.outcome(), command.decidedOn())))
        .flatMap(i -> CaseAudit.stored(records, actor, AuditAction.CHANGE, i, indications::save))
        .peekLeft(e -> log.debug("decision on objection rejected: {}", e.code()));
  }
}
