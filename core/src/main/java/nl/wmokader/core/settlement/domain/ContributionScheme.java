package nl.wmokader.core.settlement.domain;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.shared.Money;

/**
 * How a household's personal contribution for one calendar month is determined: the strategy a
 * {@link ContributionSchedule} selects by month. A new scheme (e.g. income-dependent from 2027) is a
 * new implementation with its own data, added to the schedule; existing schemes stay untouched.
 */
public interface ContributionScheme {

  /** A short name for statements and logs, e.g. {@code abonnementstarief}. */
  String name();

  /**
   * The household's single charge for the month, none when nothing is due, or an error when the
   * scheme's data does not cover the month. One value per household-month: a scheme cannot charge twice.
   */
  Either<ContributionError, Option<Money>> chargeFor(Household household, YearMonth month);
}
