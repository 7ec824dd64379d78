package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Opens a case with a report (melding); the assessment is then due within six weeks. */
public interface ReportNeedUseCase {
  /**
   * @return the new case (REPORTED), or {@code Forbidden} (not region or municipality staff, or a
   *     municipality's staff reporting for a case another municipality is responsible for),
   *     {@code InvalidInput} (missing fields, a date in the future, a municipality that is not a
   *     member, an attribution on a case the central municipality is not responsible for),
   *     {@code RegionError.NotDefined}
   */
  Either<DomainError, Indication> reportNeed(Actor actor, ReportNeedCommand command);
}
