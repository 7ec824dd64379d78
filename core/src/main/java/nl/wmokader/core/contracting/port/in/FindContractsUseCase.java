package nl.wmokader.core.contracting.port.in;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;

/**
 * The contracts of several providers in one question, each as {@link ListContractsUseCase} shows
 * it to the actor: what a reader of every provider's contracts (the monitoring figures' waiting-time
 * norms) asks once instead of once per provider. Providers without contracts, or unknown, add none.
 */
public interface FindContractsUseCase {

  /** The most providers one question may name. */
  int MAX_PROVIDERS = 10_000;

  /**
   * @return the contracts by provider code, or {@code Forbidden} (not a party), {@code InvalidInput}
   *     (no set, more than {@link #MAX_PROVIDERS})
   */
  Either<DomainError, Seq<Contract>> findContracts(Actor actor, Set<AgbCode> providers);
}
