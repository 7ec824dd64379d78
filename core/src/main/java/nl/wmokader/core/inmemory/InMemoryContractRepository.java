package nl.wmokader.core.inmemory;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/** Contracts in memory, also by provider: a claim reads its provider's contracts, never all of them. */
public final class InMemoryContractRepository implements ContractRepository {

  private static final Comparator<Contract> BY_PERIOD_THEN_ID =
      Comparator.comparing((Contract c) -> c.period().start()).thenComparing(c -> c.id().value().toString());  // unsigned, as SQL orders UUIDs

  // immutable values, replaced under the lock on save: reads need no lock
  private volatile Map<ContractId, Contract> byId = HashMap.empty();
  /** Each provider's contracts in {@link #BY_PERIOD_THEN_ID} order. */
  private volatile Map<AgbCode, Seq<Contract>> byProvider = HashMap.empty();

  @Override
  public Option<Contract> findById(ContractId id) {
    return byId.get(id);
  }

  @Override
  public Seq<Contract> findByProvider(AgbCode provider) {
    return byProvider.get(provider).getOrElse(List.empty());
  }

  @Override
  public synchronized Either<DomainError, Contract> save(Contract contract) {
    long current = byId.get(contract.id()).map(Contract::version).getOrElse(0L);
    if (contract.version() != current) {
      return Either.left(new CommonError.StaleVersion("Contract", contract.id().toString(), contract.version()));
    }
    Contract stored = contract.withVersion(current + 1);
    byId.get(stored.id()).forEach(before -> byProvider = byProvider.put(before.provider(), without(before)));
    byId = byId.put(stored.id(), stored);
    byProvider = byProvider.put(stored.provider(), without(stored).append(stored).sorted(BY_PERIOD_THEN_ID));
    return Either.right(stored);
  }

  private Seq<Contract> without(Contract contract) {
    return byProvider.get(contract.provider()).getOrElse(List.empty()).filter(c -> !c.id().equals(contract.id()));
  }

  /** Everything stored, for tests and read models. */
  public synchronized Seq<Contract> all() {
    return byId.values().toList();
  }
}
