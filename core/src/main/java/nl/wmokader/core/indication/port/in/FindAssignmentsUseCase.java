package nl.wmokader.core.indication.port.in;

import io.vavr.collection.Seq;
import io.vavr.collection.Traversable;
import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The assignments among {@code ids} that exist (any provider's, deleted ones included), in one read:
 * what a claim's validation needs of indication, however many lines it has. The region's only:
 * settlement asks it as the region, on behalf of the provider whose claim it judges.
 */
public interface FindAssignmentsUseCase {
  Either<DomainError, Seq<Assignment>> findAssignments(Actor actor, Traversable<AssignmentId> ids);

  /**
   * The assignments of {@code municipality} among the iWmo {@code numbers} (ToewijzingNummer) that
   * exist, in one read: a claim naming its assignments by number. The region's only, as above.
   */
  Either<DomainError, Seq<Assignment>> findAssignmentsByNumber(Actor actor, MunicipalityCode municipality,
                                                               Traversable<AssignmentNumber> numbers);
}
