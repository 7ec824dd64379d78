package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The facts about a household that the personal contribution needs: the client's birth date, the
 * date on which the partner (if any) reaches state-pension age (from the SVB; none without a partner
 * or when the partner has reached it long ago), and its provisions of support.
 */
public record Household(
    HouseholdId id,
    LocalDate clientBirthDate,
    Option<LocalDate> partnerStatePensionDate,
    Seq<HouseholdProvision> provisions) {

  public Household {
    requireNonNull(id, "id");
    requireNonNull(clientBirthDate, "clientBirthDate");
    requireNonNull(partnerStatePensionDate, "partnerStatePensionDate");
    requireNonNull(provisions, "provisions");
  }

  public Household withProvision(HouseholdProvision provision) {
    return new Household(id, clientBirthDate, partnerStatePensionDate, provisions.append(provision));
  }

  /** The client's age in whole years on the first day of the month. */
  public int clientAgeAtStartOf(YearMonth month) {
    return java.time.Period.between(clientBirthDate, month.atDay(1)).getYears();
  }

  /** Whether, on the first day of the month, a partner is present who has not reached state-pension age. */
  public boolean partnerBelowStatePensionAgeAtStartOf(YearMonth month) {
    return partnerStatePensionDate.exists(date -> month.atDay(1).isBefore(date));
  }
}
