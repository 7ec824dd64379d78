package nl.wmokader.core.settlement.domain;

import io.vavr.collection.List;
import java.time.YearMonth;
import nl.wmokader.core.shared.Money;

/**
 * The national reference data of the personal contribution as published (Uitvoeringsbesluit Wmo):
 * the flat rates per household per month and the flat-rate schedule. Data only; the rules live in
 * the schemes. A new year's rate is a new entry here (or from a repository later), not new rules.
 */
public final class ContributionReferenceData {
  private ContributionReferenceData() {}

  /** The abonnementstarief: 2020-2023 €19.00, 2024 €20.60, 2025 €21.00, 2026 €21.80 per household per month. */
  public static List<RateTableEntry> flatRates() {
    return List.of(
        RateTableEntry.of(YearMonth.of(2020, 1), YearMonth.of(2023, 12), Money.euros(19, 0)),
        RateTableEntry.of(YearMonth.of(2024, 1), YearMonth.of(2024, 12), Money.euros(20, 60)),
        RateTableEntry.of(YearMonth.of(2025, 1), YearMonth.of(2025, 12), Money.euros(21, 0)),
        RateTableEntry.of(YearMonth.of(2026, 1), YearMonth.of(2026, 12), Money.euros(21, 80)));
  }

  /** The flat-rate scheme with its published rates and exemptions. */
  public static ContributionFlatRateScheme flatRateScheme() {
    return new ContributionFlatRateScheme(
        RateTable.of(flatRates()).getOrElseThrow(e -> new IllegalStateException("reference rates are inconsistent")),
        Exemption.flatRateExemptions());
  }

  /** The schedule since 2020: the flat rate only. */
  public static ContributionSchedule schedule() {
    return ContributionSchedule.single(YearMonth.of(2020, 1), flatRateScheme());
  }
}
