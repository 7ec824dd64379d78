package nl.wmokader.core.supervision.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.QualityFinding;

/**
 * The established findings about a provider's quality in a year: what the obligations weigh
 * against the quality framework. A finding is established once its investigation's final report
 * exists (before that it may be revised), and counts in the year of that report; it contradicts the
 * framework when the norm is not met, while a norm partly met is a point to improve. Open to the
 * region and supervisors.
 */
public interface FindQualityFindingsUseCase {
  Either<DomainError, Seq<QualityFinding>> findQualityFindings(Actor actor, AgbCode provider, int year);
}
