package nl.wmokader.examples.demo;

import static nl.wmokader.core.catalogue.domain.ExecutionVariant.EFFORT_BASED;
import static nl.wmokader.core.catalogue.domain.ExecutionVariant.OUTPUT_BASED;
import static nl.wmokader.core.catalogue.domain.Frequency.PER_WEEK;
import static nl.wmokader.core.catalogue.domain.Frequency.TOTAL;
import static nl.wmokader.core.catalogue.domain.ProductCategory.DAY_ACTIVITIES;
import static nl.wmokader.core.catalogue.domain.ProductCategory.GUIDANCE;
import static nl.wmokader.core.catalogue.domain.ProductCategory.HOUSEHOLD_HELP;
import static nl.wmokader.core.catalogue.domain.ProductCategory.PERSONAL_CARE;
import static nl.wmokader.core.catalogue.domain.ProductCategory.SHELTERED_HOUSING;
import static nl.wmokader.core.catalogue.domain.ProductCategory.WHEELCHAIRS;
import static nl.wmokader.core.catalogue.domain.Unit.DAY_AND_NIGHT;
import static nl.wmokader.core.catalogue.domain.Unit.DAY_PART;
import static nl.wmokader.core.catalogue.domain.Unit.HOUR;
import static nl.wmokader.core.catalogue.domain.Unit.PIECE_OUTPUT;

import io.vavr.collection.List;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;

/**
 * The demo catalogue: twelve invented products across six categories, each valid from 2024 with a
 * reference tariff per unit for 2024, 2025 and (open-ended) 2026 on. Names end in "(demo)" and
 * the tariffs are invented too: nothing here is a real price.
 */
public final class DemoCatalogue {
  /** The first day of every demo product and of its first reference tariff. */
  public static final LocalDate CATALOGUE_START = LocalDate.of(2024, 1, 1);

  /** A product as the demo defines it, with its 2024, 2025 and 2026 reference tariffs in cents per unit. */
  public record DemoProduct(ProductCode code, ProductCategory category, String name, Unit unit,
      ExecutionVariant variant, Frequency frequency, long cents2024, long cents2025, long cents2026) {}

  public static final ProductCode HOUSEHOLD = ProductCode.of("01A01");
  public static final ProductCode HOUSEHOLD_PLUS = ProductCode.of("01A02");
  public static final ProductCode GUIDANCE_INDIVIDUAL = ProductCode.of("02A01");
  public static final ProductCode GUIDANCE_SPECIALIST = ProductCode.of("02A02");
  public static final ProductCode PERSONAL_CARE_BASIC = ProductCode.of("03A01");
  public static final ProductCode DAY_BASIC = ProductCode.of("07A01");
  public static final ProductCode DAY_INTENSIVE = ProductCode.of("07A02");
  public static final ProductCode DAY_YOUNG_ADULTS = ProductCode.of("07A03");
  public static final ProductCode WHEELCHAIR_MANUAL = ProductCode.of("11A01");
  public static final ProductCode WHEELCHAIR_ELECTRIC = ProductCode.of("11A02");
  public static final ProductCode SHELTERED_RESIDENTIAL = ProductCode.of("15A01");
  public static final ProductCode SHELTERED_AT_HOME = ProductCode.of("15A02");

  /** Every demo product, in code order. */
  public static final List<DemoProduct> PRODUCTS = List.of(
      new DemoProduct(HOUSEHOLD, HOUSEHOLD_HELP, "Hulp bij het huishouden (demo)",
          HOUR, EFFORT_BASED, PER_WEEK, 32_45, 33_90, 35_20),
      new DemoProduct(HOUSEHOLD_PLUS, HOUSEHOLD_HELP, "Hulp bij het huishouden plus (demo)",
          HOUR, EFFORT_BASED, PER_WEEK, 38_10, 39_75, 41_30),
      new DemoProduct(GUIDANCE_INDIVIDUAL, GUIDANCE, "Individuele begeleiding (demo)",
          HOUR, EFFORT_BASED, PER_WEEK, 62_40, 65_10, 67_40),
      new DemoProduct(GUIDANCE_SPECIALIST, GUIDANCE, "Individuele begeleiding specialistisch (demo)",
          HOUR, EFFORT_BASED, PER_WEEK, 78_50, 81_90, 84_80),
      new DemoProduct(PERSONAL_CARE_BASIC, PERSONAL_CARE, "Persoonlijke verzorging (demo)",
          HOUR, EFFORT_BASED, PER_WEEK, 56_20, 58_70, 60_80),
      new DemoProduct(DAY_BASIC, DAY_ACTIVITIES, "Dagbesteding basis (demo)",
          DAY_PART, EFFORT_BASED, PER_WEEK, 42_10, 43_90, 45_50),
      new DemoProduct(DAY_INTENSIVE, DAY_ACTIVITIES, "Dagbesteding intensief (demo)",
          DAY_PART, EFFORT_BASED, PER_WEEK, 63_80, 66_60, 68_90),
      new DemoProduct(DAY_YOUNG_ADULTS, DAY_ACTIVITIES, "Dagbesteding jongvolwassenen (demo)",
          DAY_PART, EFFORT_BASED, PER_WEEK, 51_50, 53_70, 55_60),
      new DemoProduct(WHEELCHAIR_MANUAL, WHEELCHAIRS, "Handbewogen rolstoel in bruikleen (demo)",
          PIECE_OUTPUT, OUTPUT_BASED, TOTAL, 1_850_00, 1_925_00, 1_990_00),
      new DemoProduct(WHEELCHAIR_ELECTRIC, WHEELCHAIRS, "Elektrische rolstoel in bruikleen (demo)",
          PIECE_OUTPUT, OUTPUT_BASED, TOTAL, 6_400_00, 6_650_00, 6_890_00),
      new DemoProduct(SHELTERED_RESIDENTIAL, SHELTERED_HOUSING, "Beschermd wonen intramuraal (demo)",
          DAY_AND_NIGHT, EFFORT_BASED, PER_WEEK, 138_50, 144_60, 149_80),
      new DemoProduct(SHELTERED_AT_HOME, SHELTERED_HOUSING, "Beschermd thuis (demo)",
          HOUR, EFFORT_BASED, PER_WEEK, 71_50, 74_60, 77_30));

  /** A product renamed from 2026 on, so that the demo shows a product with two versions. */
  public static final ProductCode REVISED = GUIDANCE_SPECIALIST;
  public static final String REVISED_NAME = "Individuele begeleiding specialistisch ggz (demo)";
  public static final LocalDate REVISED_FROM = LocalDate.of(2026, 1, 1);

  private DemoCatalogue() {}

  public static DemoProduct product(ProductCode code) {
    return PRODUCTS.find(p -> p.code().equals(code))
        .getOrElseThrow(() -> new IllegalArgumentException("not a demo product: " + code));
  }
}
