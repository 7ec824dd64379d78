package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;

/** The reference tariff per unit of a product on a date; a contract lot's own tariff wins over it. */
public interface FindReferenceTariffUseCase {
  /**
   * @return {@code Some(tariff per unit)}, {@code None} when no reference tariff is in force that
   *     day; or {@code NotFound} (unknown product), {@code InvalidInput}
   */
  Either<DomainError, Option<Money>> findReferenceTariff(Actor actor, ReferenceTariffQuery query);
}
