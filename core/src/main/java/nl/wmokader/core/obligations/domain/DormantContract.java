package nl.wmokader.core.obligations.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;

/**
 * An active contract whose provider has had no client in the region for the configured number of
 * months [B §3: slapende contracten], listed for clean-up: the contract, its provider and period, the
 * provider's last day with a client (none: never had one), and the day the quiet began (that last
 * day, or the start of the provider's first contract when it never had a client).
 */
public record DormantContract(ContractId contract, AgbCode provider, DateRange period, Option<LocalDate> lastClientDay,
    LocalDate quietSince) {

  public DormantContract {
    requireNonNull(contract, "contract");
    requireNonNull(provider, "provider");
    requireNonNull(period, "period");
    requireNonNull(lastClientDay, "lastClientDay");
    requireNonNull(quietSince, "quietSince");
  }

  /**
   * The dormant ones among {@code contracts}, all of one provider: those active and in force on
   * {@code today} when the provider's quiet began at least {@code months} months before today
   * ({@code quietSince + months <= today}, month arithmetic as {@link LocalDate#plusMonths}).
   */
  public static Seq<DormantContract> among(Seq<Contract> contracts, Option<LocalDate> lastClientDay, int months,
      LocalDate today) {
    if (months < 1) {
      throw new IllegalArgumentException("months must be at least 1");
    }
    if (contracts.isEmpty()) {
      return List.empty();
    }
    if (contracts.map(Contract::provider).distinct().size() != 1) {
      throw new IllegalArgumentException("contracts of one provider");
    }
    LocalDate quietSince = lastClientDay.getOrElse(() -> contracts.map(c -> c.period().start()).min().get());
    if (quietSince.plusMonths(months).isAfter(today)) {
      return List.empty();
    }
    return contracts
        .filter(c -> c.status() == ContractStatus.ACTIVE && c.inForceOn(today))
        .map(c -> new DormantContract(c.id(), c.provider(), c.period(), lastClientDay, quietSince));
  }
}
