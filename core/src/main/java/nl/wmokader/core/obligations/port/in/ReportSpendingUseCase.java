package nl.wmokader.core.obligations.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.obligations.domain.SpendingReport;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * A provider reports what it spent in a year on transformation or social return; a later report
 * for the same year and kind replaces the earlier one (until and after the deadline: a late report
 * still counts, and shows its date).
 */
public interface ReportSpendingUseCase {
  /**
   * @return the stored report, or {@code Forbidden} (not a provider's staff), {@code InvalidInput}
   *     (missing fields, negative amount, year before 2015 or in the future, blank or too long
   *     description), {@code NotFound} (provider not registered, or another provider's),
   *     {@code NotContractedInYear}, {@code StaleVersion} (a concurrent report)
   */
  Either<DomainError, SpendingReport> reportSpending(Actor actor, ReportSpendingCommand command);
}
