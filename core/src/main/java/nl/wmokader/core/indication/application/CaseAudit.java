package nl.wmokader.core.indication.application;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Function;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase.Accessed;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/**
 * What the indication services record in the audit trail (NEN 7513): every read of a case or an
 * assignment before it is answered, every change with its store's write (one transaction where
 * they share a database), so that a record that cannot be stored stops the access; and every
 * refusal, with the client when the resource exists.
 */
final class CaseAudit {
  static final String INDICATION = "indication";
  static final String ASSIGNMENT = "assignment";

  private CaseAudit() {}

  /** Stores {@code indication} by {@code save} with the record of the change, in one transaction where the stores share one. */
  static Either<DomainError, Indication> stored(RecordAccessUseCase records, Actor actor, AuditAction action,
      Indication indication, Function<Indication, Either<DomainError, Indication>> save) {
    return records.changing(actor, action, INDICATION, indication.id().value().toString(), indication.client(),
        () -> save.apply(indication));
  }

  /** As {@link #stored(RecordAccessUseCase, Actor, AuditAction, Indication, Function)}, for an assignment. */
  static Either<DomainError, Assignment> stored(RecordAccessUseCase records, Actor actor, AuditAction action,
      Assignment assignment, Function<Assignment, Either<DomainError, Assignment>> save) {
    return records.changing(actor, action, ASSIGNMENT, assignment.id().value().toString(), assignment.client(),
        () -> save.apply(assignment));
  }

  static Indication recorded(RecordAccessUseCase records, Actor actor, AuditAction action, Indication indication) {
    records.allowed(actor, action, INDICATION, indication.id().value().toString(), indication.client());
    return indication;
  }

  static Assignment recorded(RecordAccessUseCase records, Actor actor, AuditAction action, Assignment assignment) {
    records.allowed(actor, action, ASSIGNMENT, assignment.id().value().toString(), assignment.client());
    return assignment;
  }

  /** Records the reads of {@code read} (a page) in one batch. */
  static void indicationsRead(RecordAccessUseCase records, Actor actor, Seq<Indication> read) {
    records.allowed(actor, AuditAction.READ, INDICATION, read.map(i -> new Accessed(i.id().value().toString(), i.client())));
  }

  /** Records the reads of {@code read} (a page) in one batch. */
  static void assignmentsRead(RecordAccessUseCase records, Actor actor, Seq<Assignment> read) {
    records.allowed(actor, AuditAction.READ, ASSIGNMENT, read.map(a -> new Accessed(a.id().value().toString(), a.client())));
  }

  /** Records a refusal the use case answers (a role that may not, a resource out of sight): none of the domain's other errors. */
  static void refusal(RecordAccessUseCase records, Actor actor, AuditAction action, String resource, Object id,
                      DomainError error) {
    if (error instanceof CommonError.Forbidden) {
      records.refused(actor, action, resource, id == null ? "*" : id.toString(), Option.none());
    }
  }

  /** Records that {@code actor} was refused a resource of {@code client} that exists but is out of its sight. */
  static void outOfSight(RecordAccessUseCase records, Actor actor, AuditAction action, String resource, Object id,
                         Bsn client) {
    records.refused(actor, action, resource, id.toString(), Option.some(client));
  }
}
