package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Reads one answered claim: open to the provider that submitted it, the municipality it was
 * addressed to, the region and supervisors; anyone else gets {@code NotFound}.
 */
public interface GetClaimUseCase {
  Either<DomainError, Claim> getClaim(Actor actor, ClaimId id);
}
