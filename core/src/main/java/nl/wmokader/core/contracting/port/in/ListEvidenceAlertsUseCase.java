package nl.wmokader.core.contracting.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.EvidenceAlert;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Reports a provider's missing, expired and expiring admission evidence. Open to the region's and
 * members' staff and supervisors; a provider's staff see their own provider's only (another's
 * answers an empty list, as if it had no contracts).
 */
public interface ListEvidenceAlertsUseCase {
  /**
   * @return the alerts by contract (period order) and checklist order, or {@code InvalidInput},
   *     {@code NotFound} (provider not registered)
   */
  Either<DomainError, Seq<EvidenceAlert>> listEvidenceAlerts(Actor actor, ListEvidenceAlertsQuery query);
}
