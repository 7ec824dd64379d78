package nl.wmokader.core.settlement;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.settlement.domain.Household;
import nl.wmokader.core.settlement.domain.HouseholdId;
import nl.wmokader.core.settlement.domain.HouseholdProvision;
import nl.wmokader.core.shared.DateRange;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the personal contribution (households, provisions, months inside the published rates). */
public final class ContributionGen {
  private ContributionGen() {}

  /** The months the published flat rates cover. */
  public static final YearMonth FIRST_RATED = YearMonth.of(2020, 1);
  public static final YearMonth LAST_RATED = YearMonth.of(2026, 12);

  public static Gen<YearMonth> ratedMonths() {
    return integers().between(0, 83).map(FIRST_RATED::plusMonths);
  }

  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    return longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  public static Gen<ProductCategory> categories() {
    return Generate.enumValues(ProductCategory.class);
  }

  /** Provisions starting 2019-06..2026-12, open-ended or ending 0..900 days later. */
  public static Gen<HouseholdProvision> provisions() {
    return categories().zip(dates(LocalDate.of(2019, 6, 1), LocalDate.of(2026, 12, 31)), integers().between(-1, 900),
        (category, start, days) -> new HouseholdProvision(category,
            days < 0 ? DateRange.from(start) : DateRange.of(start, start.plusDays(days))));
  }

  public static Gen<HouseholdId> householdIds() {
    return longs().all().zip(longs().all(), (a, b) -> new HouseholdId(new UUID(a, b)));
  }

  /** Any household: clients born 1930..2020, sometimes a partner who reaches state-pension age 2015..2035. */
  public static Gen<Household> households() {
    return householdIds().zip(
        dates(LocalDate.of(1930, 1, 1), LocalDate.of(2020, 12, 31)),
        Generate.constant(Option.<LocalDate>none()).mix(dates(LocalDate.of(2015, 1, 1), LocalDate.of(2035, 12, 31)).map(Option::some)),
        lists().of(provisions()).ofSizeBetween(0, 4),
        (id, birth, partner, provisions) -> new Household(id, birth, partner, List.ofAll(provisions)));
  }

  /** Households no household exemption ever applies to in the rated years: adult client, no partner below pension age. */
  public static Gen<Household> adultHouseholdsWithoutPartner() {
    return households().map(h -> new Household(h.id(), LocalDate.of(1950, 5, 5), Option.none(), h.provisions()));
  }

  /** Several households with distinct ids. */
  public static Gen<List<Household>> householdLists() {
    return lists().of(households()).ofSizeBetween(0, 6).map(hs -> List.ofAll(hs).distinctBy(Household::id));
  }
}
