package nl.wmokader.core.indication.application;

import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
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

  static DomainError notFound(AssignmentId id) {
    return new CommonError.NotFound("Assignment", id.toString());
  }
}
