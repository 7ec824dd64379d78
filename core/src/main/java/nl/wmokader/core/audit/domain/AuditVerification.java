package nl.wmokader.core.audit.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import nl.wmokader.core.shared.DateRange;

/** What verifying the chains of {@code period} found: how much was checked, and every breach. */
public record AuditVerification(DateRange period, long chains, long entries, Seq<AuditBreach> breaches) {

  public AuditVerification {
    requireNonNull(period, "period");
    requireNonNull(breaches, "breaches");
  }

  /** Whether every chain of the period holds. */
  public boolean clean() {
    return breaches.isEmpty();
  }
}
