package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Applies a yearly indexation to a lot's own tariff from a date on: every own tariff from that day
 * is multiplied by {@code 1 + rate} and rounded once, half up, to the cent; earlier days never
 * change. Region staff only.
 */
public interface IndexTariffUseCase {
  /**
   * @return the stored contract, or {@code Forbidden}, {@code InvalidInput}, {@code NotFound}
   *     (contract), {@code ContractTerminated}, {@code IndexationOutsideContractPeriod}, {@code
   *     RetroactiveChange} (before today), {@code NoLotOn}, {@code NoOwnTariff} (the lot is at the
   *     reference tariff that day), {@code StaleVersion}
   */
  Either<DomainError, Contract> indexTariff(Actor actor, IndexTariffCommand command);
}
