package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import nl.wmokader.core.shared.DateRange;

/**
 * The configuration of open-house admission: the procurement periods a provider may apply for,
 * and the admission checklist. Data, not code: a region adds a condition by adding an item.
 * {@link #reference()} is the reference region's (periods 2024-2025 and 2026-2028, four required
 * conditions); an embedder passes its own to the facade's builder.
 *
 * <p>An application copies the checklist in force onto its contract, so that a later change of the
 * configuration never changes what an earlier application was judged by.
 */
public record OpenHouseTerms(Seq<DateRange> procurementPeriods, Seq<AdmissionCondition> checklist) {

  public OpenHouseTerms {
    requireNonNull(procurementPeriods, "procurementPeriods");
    requireNonNull(checklist, "checklist");
    if (checklist.map(AdmissionCondition::code).distinct().size() != checklist.size()) {
      throw new IllegalArgumentException("checklist codes are distinct");
    }
    for (int i = 0; i < procurementPeriods.size(); i++) {
      for (int j = i + 1; j < procurementPeriods.size(); j++) {
        if (procurementPeriods.get(i).overlaps(procurementPeriods.get(j))) {
          throw new IllegalArgumentException("procurement periods do not overlap");
        }
      }
    }
  }

  /** The reference region's terms. */
  public static OpenHouseTerms reference() {
    return new OpenHouseTerms(ProcurementPeriods.reference(), List.of(
        AdmissionCondition.required(ConditionCode.QUALITY_FRAMEWORK_DECLARATION,
            "Signed declaration of compliance with the regional quality framework (kwaliteitskader)"),
        AdmissionCondition.required(ConditionCode.CERTIFICATE,
            "A quality certificate (e.g. HKZ or ISO 9001) or an equivalent quality system"),
        AdmissionCondition.required(ConditionCode.INSURANCE,
            "Business and professional liability insurance"),
        AdmissionCondition.required(ConditionCode.CONDUCT_CERTIFICATE,
            "Certificate of conduct (VOG) of the organisation")));
  }

  /** The same periods with {@code checklist}. */
  public OpenHouseTerms withChecklist(Seq<AdmissionCondition> checklist) {
    return new OpenHouseTerms(procurementPeriods, checklist);
  }

  public boolean isProcurementPeriod(DateRange period) {
    return procurementPeriods.contains(period);
  }
}
