package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.shared.Money;

/**
 * The flat monthly rate (abonnementstarief): one rate per household per month from the table, due
 * when at least one non-exempt provision counts in that month ({@link HouseholdProvision#countsIn})
 * and no household exemption applies, however many provisions there are.
 */
public record ContributionFlatRateScheme(RateTable rates, Seq<Exemption> exemptions) implements ContributionScheme {

  public ContributionFlatRateScheme {
    requireNonNull(rates, "rates");
    requireNonNull(exemptions, "exemptions");
  }

  @Override
  public String name() {
    return "abonnementstarief";
  }

  @Override
  public Either<ContributionError, Option<Money>> chargeFor(Household household, YearMonth month) {
    boolean supported = household.provisions()
        .filter(p -> exemptions.forAll(e -> !e.exemptsProvision(p)))
        .exists(p -> p.countsIn(month));
    if (!supported || exemptions.exists(e -> e.exemptsHousehold(household, month))) {
      return Either.right(Option.none());
    }
    return rates.rateIn(month)
        .<Either<ContributionError, Option<Money>>>map(rate -> Either.right(Option.some(rate).filter(Money::isPositive)))
        .getOrElse(() -> Either.left(new ContributionError.NoRateInForce(month)));
  }
}
