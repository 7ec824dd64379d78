package nl.wmokader.core.indication.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Predicate;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/** Who may see or manage an assignment; whatever they may not is answered as absent. */
final class AssignmentAccess {
  private AssignmentAccess() {}

  /** The municipality side: the region's staff, and the staff of the case's responsible or attributed municipality. */
  static boolean manages(AccessPolicy access, Actor actor, Assignment a) {
    return access.seesCase(actor, a.client(), a.responsibleMunicipality(), a.attributedTo());
  }

  /** {@link #manages} or the assignment's own provider. */
  static boolean sees(AccessPolicy access, Actor actor, Assignment a) {
    return manages(access, actor, a) || access.actsFor(actor, a.provider());
  }

  /**
   * The assignment {@code id} when {@code allowed} holds for it; else NotFound, as if absent, and
   * recorded as a refused {@code action} on its client when it exists.
   */
  static Either<DomainError, Assignment> load(AssignmentRepository assignments, RecordAccessUseCase records, Actor actor,
      AssignmentId id, AuditAction action, Predicate<Assignment> allowed) {
    Option<Assignment> found = assignments.findById(id);
    if (found.isDefined() && !allowed.test(found.get())) {
      CaseAudit.outOfSight(records, actor, action, CaseAudit.ASSIGNMENT, id.value(), found.get().client());
      return Either.left(notFound(id));
    }
    return found.toEither(() -> notFound(id));
  }

  static DomainError notFound(AssignmentId id) {
    return new CommonError.NotFound("Assignment", id.toString());
  }
}
