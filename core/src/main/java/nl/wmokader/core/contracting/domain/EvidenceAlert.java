package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * A required admission condition of a contract whose evidence is missing, expired, or expiring.
 *
 * @param lapsesOn the first day without valid evidence: the day asked about itself for {@code
 *     MISSING} and {@code EXPIRED}, a later day within the horizon for {@code EXPIRING}
 * @param lastExpiry the latest expiry date of the evidence submitted for the condition, if any
 */
public record EvidenceAlert(ContractId contract, ConditionCode condition, EvidenceStatus status, LocalDate lapsesOn,
    Option<LocalDate> lastExpiry) {
  public EvidenceAlert {
    requireNonNull(contract, "contract");
    requireNonNull(condition, "condition");
    requireNonNull(status, "status");
    requireNonNull(lapsesOn, "lapsesOn");
    requireNonNull(lastExpiry, "lastExpiry");
  }
}
