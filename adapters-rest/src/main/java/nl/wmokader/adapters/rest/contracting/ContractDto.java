package nl.wmokader.adapters.rest.contracting;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.Lot;

/**
 * A contract as the API shows it: the provider's AGB code, the procurement period {@code from} to
 * {@code until} (absent: open-ended), status, the first day without the contract once terminated,
 * lots and client stops; {@code version} is the optimistic-locking version.
 */
public record ContractDto(String id, String provider, LocalDate from, LocalDate until, String status,
    LocalDate terminatedFrom, List<LotDto> lots, List<ClientStopDto> clientStops, long version) {

  public static ContractDto from(Contract c) {
    return new ContractDto(
        c.id().toString(),
        c.provider().value(),
        c.period().start(),
        c.period().end().getOrNull(),
        c.status().name(),
        c.terminatedFrom().getOrNull(),
        c.lots().map(LotDto::from).toJavaList(),
        c.clientStops().map(ClientStopDto::from).toJavaList(),
        c.version());
  }

  /** A product lot: its own tariff per unit in cents, or none (absent) for the reference tariff of the day. */
  public record LotDto(String product, LocalDate from, LocalDate until, Long tariffCents) {
    public static LotDto from(Lot lot) {
      return new LotDto(lot.product().value(), lot.validity().start(), lot.validity().end().getOrNull(),
          lot.tariff().map(t -> t.cents()).getOrNull());
    }
  }

  /** A client stop from {@code from} to {@code until} (absent: until lifted), with its reason. */
  public record ClientStopDto(LocalDate from, LocalDate until, String reason) {
    public static ClientStopDto from(ClientStop stop) {
      return new ClientStopDto(stop.period().start(), stop.period().end().getOrNull(), stop.reason().name());
    }
  }
}
