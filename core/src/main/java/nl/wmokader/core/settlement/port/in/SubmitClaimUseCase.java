package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Submits and answers a claim (iWmo 323 in, 325 out): every line approved or rejected as a whole.
 * Only the provider itself submits. The claim is read once, validated in memory and stored with its
 * answer in one transaction; a concurrent claim on the same assignments makes it validate again.
 */
public interface SubmitClaimUseCase {

  /** The most lines one claim may carry. */
  int MAX_LINES = 20_000;

  /**
   * @return the answered claim; the same claim again when the provider submits the same number with
   *     the same content (nothing changes); {@code Forbidden} (not a provider), {@code NotFound}
   *     (another provider), {@code InvalidInput} (a malformed claim or line, a month or period in
   *     the future, a period spanning months, a declared total that does not match: nothing stored),
   *     {@code Duplicate} (the number was used for another claim), {@code StaleVersion} (concurrent
   *     claims kept moving the same ledgers)
   */
  Either<DomainError, Claim> submitClaim(Actor actor, SubmitClaimCommand command);

  /**
   * As {@link #submitClaim(Actor, SubmitClaimCommand)} for a claim an adapter read from a message
   * ({@link SubmitClaimCommand#read}): its lengths, ranges and periods and what needs the region and
   * the clock are checked together, so that {@code InvalidInput} names all of them at once.
   */
  Either<DomainError, Claim> submitClaim(Actor actor, SubmitClaimCommand.Draft draft);
}
