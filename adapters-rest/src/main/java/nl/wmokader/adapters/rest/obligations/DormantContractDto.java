package nl.wmokader.adapters.rest.obligations;

import java.time.LocalDate;
import nl.wmokader.core.obligations.domain.DormantContract;

/**
 * A dormant contract: the contract, its provider and period ({@code from} to {@code until}, absent:
 * open-ended), the provider's last day with a client (absent: never had one) and the day its quiet began.
 */
public record DormantContractDto(String contract, String provider, LocalDate from, LocalDate until, LocalDate lastClientDay,
    LocalDate quietSince) {

  public static DormantContractDto from(DormantContract d) {
    return new DormantContractDto(d.contract().toString(), d.provider().value(), d.period().start(),
        d.period().end().getOrNull(), d.lastClientDay().getOrNull(), d.quietSince());
  }
}
