package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Decides on an application: grants (toekenning) or refuses (afwijzing, with a reason). */
public interface DecideOnApplicationUseCase {
  /**
   * @return the case (GRANTED or REFUSED), or {@code Forbidden}, {@code NotFound}, {@code InvalidInput}
   *     (all at once: missing fields, a date in the future, neither or both of grant and refusal, a
   *     blank or overlong reason; for a grant: a product unknown on the validity start, of another
   *     category or unit, or local to another municipality, a weekly volume without end date, a
   *     non-positive quantity, an evaluation date before the validity start, no or blank goals),
   *     {@code AlreadyDecided}, {@code NotInStep}, {@code BeforePreviousStep}, {@code CategoryNotForCase},
   *     {@code StaleVersion}
   */
  Either<DomainError, Indication> decideOnApplication(Actor actor, DecideOnApplicationCommand command);
}
