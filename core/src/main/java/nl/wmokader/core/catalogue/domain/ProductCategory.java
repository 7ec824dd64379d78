package nl.wmokader.core.catalogue.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** The 18 iWmo product categories (productcategorie, two digits). */
public enum ProductCategory {
  HOUSEHOLD_HELP("01"),
  GUIDANCE("02"),
  PERSONAL_CARE("03"),
  SHORT_STAY("04"),
  HOUSING_SERVICES("05"),
  OTHER_INDIVIDUAL_SUPPORT("06"),
  DAY_ACTIVITIES("07"),
  TRANSPORT_SERVICES("08"),
  OTHER_GROUP_SUPPORT("09"),
  OTHER_CUSTOM_ARRANGEMENTS("10"),
  WHEELCHAIRS("11"),
  TRANSPORT_AIDS("12"),
  HOUSING_ADAPTATIONS("13"),
  OTHER_AIDS("14"),
  SHELTERED_HOUSING("15"),
  SHELTER("16"),
  EMERGENCY_SHELTER("17"),
  OTHER_SHELTERED_HOUSING_AND_SHELTER("18");

  private final String code;

  ProductCategory(String code) {
    this.code = code;
  }

  /** The iWmo code, "01".."18". */
  public String code() {
    return code;
  }

  public static Option<ProductCategory> ofCode(String code) {
    return List.of(values()).find(c -> c.code.equals(code));
  }

  /** Aids (11-14): exempt from the no-stacking rule of assignments. */
  public boolean isAid() {
    return this == WHEELCHAIRS || this == TRANSPORT_AIDS || this == HOUSING_ADAPTATIONS || this == OTHER_AIDS;
  }

  /** Sheltered housing and shelter (15-18): the specialist safety net, decided centrally. */
  public boolean isShelteredHousingOrShelter() {
    return this == SHELTERED_HOUSING || this == SHELTER || this == EMERGENCY_SHELTER
        || this == OTHER_SHELTERED_HOUSING_AND_SHELTER;
  }
}
