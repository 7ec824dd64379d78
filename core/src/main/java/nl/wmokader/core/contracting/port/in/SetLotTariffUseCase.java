package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Agrees a lot's own tariff from a date on; earlier days keep theirs. Region staff only. */
public interface SetLotTariffUseCase {
  /**
   * @return the stored contract, or {@code Forbidden}, {@code InvalidInput} (missing fields, a
   *     negative tariff), {@code NotFound} (contract), {@code ContractTerminated}, {@code
   *     RetroactiveChange} (before today), {@code NoLotOn} (no lot of the product that day), {@code StaleVersion}
   */
  Either<DomainError, Contract> setLotTariff(Actor actor, SetLotTariffCommand command);
}
