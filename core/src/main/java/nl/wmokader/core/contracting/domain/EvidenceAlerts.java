package nl.wmokader.core.contracting.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/** When a contract's admission evidence lapses: the alerts of {@link AbstractContract#evidenceAlerts}. */
final class EvidenceAlerts {
  private EvidenceAlerts() {}

  static Seq<EvidenceAlert> of(ContractId contract, Seq<AdmissionCondition> conditions, Seq<Evidence> evidence,
      LocalDate date, int horizonDays) {
    LocalDate horizon = date.plusDays(horizonDays);
    List<EvidenceAlert> alerts = List.empty();
    for (AdmissionCondition condition : conditions.filter(AdmissionCondition::required)) {
      Seq<Evidence> given = evidence.filter(e -> e.condition().equals(condition.code()));
      Option<LocalDate> lastExpiry = given.flatMap(Evidence::expiresOn).maxBy(d -> d);
      Option<LocalDate> lapse = firstDayWithout(given, date);
      if (lapse.contains(date)) {
        EvidenceStatus status = given.exists(e -> e.expiredBefore(date)) ? EvidenceStatus.EXPIRED : EvidenceStatus.MISSING;
        alerts = alerts.append(new EvidenceAlert(contract, condition.code(), status, date, lastExpiry));
      } else if (lapse.exists(d -> !d.isAfter(horizon))) {
        alerts = alerts.append(new EvidenceAlert(contract, condition.code(), EvidenceStatus.EXPIRING, lapse.get(), lastExpiry));
      }
    }
    return alerts;
  }

  /** The first day from {@code from} on without valid evidence among {@code given}; none when that never comes. */
  private static Option<LocalDate> firstDayWithout(Seq<Evidence> given, LocalDate from) {
    LocalDate day = from;
    while (true) {
      LocalDate d = day;
      Seq<Evidence> valid = given.filter(e -> e.validOn(d));
      if (valid.isEmpty()) {
        return Option.some(day);
      }
      if (valid.exists(e -> e.expiresOn().isEmpty())) {
        return Option.none();
      }
      day = valid.map(e -> e.expiresOn().get()).max().get().plusDays(1);
    }
  }
}
