package nl.wmokader.core.contracting.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;

/** Stores contracts with their lots and client stops. Scope is the use cases' business. */
public interface ContractRepository {

  Option<Contract> findById(ContractId id);

  /** Every contract of {@code provider}, ordered by period start, then id. */
  Seq<Contract> findByProvider(AgbCode provider);

  /**
   * The contracts of every provider of {@code providers}, by provider code, each provider's in the
   * order of {@link #findByProvider}. By default one {@link #findByProvider} each; a store that can
   * answers in one read (the monitoring figures ask for every provider of a month at once).
   */
  default Seq<Contract> findByProviders(io.vavr.collection.Set<AgbCode> providers) {
    return providers.toList().sortBy(AgbCode::value).flatMap(this::findByProvider);
  }

  /**
   * Stores {@code contract} when the stored version equals its version (0: new) and returns the
   * stored copy with the version raised by one; else {@code Left(StaleVersion)}.
   */
  Either<DomainError, Contract> save(Contract contract);
}
