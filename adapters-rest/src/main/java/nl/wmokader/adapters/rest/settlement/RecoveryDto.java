package nl.wmokader.adapters.rest.settlement;

import java.time.LocalDate;
import nl.wmokader.core.settlement.domain.Recovery;

/** A registered recovery (terugvordering): {@code amountCents} is positive, the settlement's item its negation. */
public record RecoveryDto(String id, String provider, String municipality, String month, long amountCents,
                          String reason, String reference, LocalDate registeredOn) {

  public static RecoveryDto from(Recovery r) {
    return new RecoveryDto(r.id().toString(), r.provider().value(), r.member().value(), r.month().toString(),
        r.amount().cents(), r.reason(), r.reference(), r.registeredOn());
  }
}
