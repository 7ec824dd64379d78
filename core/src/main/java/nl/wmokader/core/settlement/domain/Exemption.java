package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.ProductCategory;

/**
 * A rule that takes a household-month or a provision out of a contribution scheme. Exemptions are
 * data a scheme is given, so a scheme's exemptions can change without changing its code. Facts are
 * judged on the first day of the month: a client turning 18 on the 10th is charged from the next month.
 */
public sealed interface Exemption {

  /** Whether the whole household pays nothing in this month. */
  default boolean exemptsHousehold(Household household, YearMonth month) {
    return false;
  }

  /** Whether this provision is left out of the scheme (it never makes a month chargeable). */
  default boolean exemptsProvision(HouseholdProvision provision) {
    return false;
  }

  /** The exemptions of the flat rate (abonnementstarief) since 2020. */
  static List<Exemption> flatRateExemptions() {
    return List.of(
        new PartnerBelowStatePensionAge(),
        new ClientUnderAge(18),
        new CategoryNotCharged(ProductCategory.WHEELCHAIRS),
        new ShelteredHousingOrShelter());
  }

  /** A household with a partner below state-pension age pays nothing. */
  record PartnerBelowStatePensionAge() implements Exemption {
    @Override
    public boolean exemptsHousehold(Household household, YearMonth month) {
      return household.partnerBelowStatePensionAgeAtStartOf(month);
    }
  }

  /** A client below this age pays nothing. */
  record ClientUnderAge(int age) implements Exemption {
    public ClientUnderAge {
      if (age < 0) {
        throw new IllegalArgumentException("age must not be negative");
      }
    }

    @Override
    public boolean exemptsHousehold(Household household, YearMonth month) {
      return household.clientAgeAtStartOf(month) < age;
    }
  }

  /** Provisions of this category are not charged (wheelchairs, category 11). */
  record CategoryNotCharged(ProductCategory category) implements Exemption {
    public CategoryNotCharged {
      requireNonNull(category, "category");
    }

    @Override
    public boolean exemptsProvision(HouseholdProvision provision) {
      return provision.category() == category;
    }
  }

  /** Sheltered housing and shelter (15-18) fall outside the flat rate: they have an income-dependent contribution. */
  record ShelteredHousingOrShelter() implements Exemption {
    @Override
    public boolean exemptsProvision(HouseholdProvision provision) {
      return provision.category().isShelteredHousingOrShelter();
    }
  }
}
