package nl.wmokader.core.obligations.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.obligations.domain.RefusalId;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Reads one refusal: as {@link ListRefusalsUseCase}, a provider's staff only their own. */
public interface GetRefusalUseCase {
  /** @return the refusal, or {@code InvalidInput} (no id), {@code NotFound} (absent, or another provider's) */
  Either<DomainError, Refusal> getRefusal(Actor actor, RefusalId id);
}
