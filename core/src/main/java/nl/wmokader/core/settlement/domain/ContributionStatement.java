package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.YearMonth;
import nl.wmokader.core.shared.Money;

/** The charges of a period ({@code from}..{@code until}, inclusive months), ordered by household input order and month. */
public record ContributionStatement(YearMonth from, YearMonth until, Seq<ContributionCharge> charges) {
  public ContributionStatement {
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    requireNonNull(charges, "charges");
  }

  public Seq<ContributionCharge> chargesOf(HouseholdId household) {
    return charges.filter(c -> c.household().equals(household));
  }

  public Money total() {
    return charges.foldLeft(Money.ZERO, (sum, c) -> sum.plus(c.amount()));
  }
}
