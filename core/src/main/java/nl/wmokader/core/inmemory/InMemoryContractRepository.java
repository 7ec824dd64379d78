package nl.wmokader.core.inmemory;

import io.vavr.collection.HashMap;
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

/** Contracts in memory. */
public final class InMemoryContractRepository implements ContractRepository {

  private static final Comparator<Contract> BY_PERIOD_THEN_ID =
      Comparator.comparing((Contract c) -> c.period().start()).thenComparing(c -> c.id().value().toString());  // unsigned, as SQL orders UUIDs

  private Map<ContractId, Contract> byId = HashMap.empty();

  @Override
  public synchronized Option<Contract> findById(ContractId id) {
    return byId.get(id);
  }

  @Override
  public synchronized Seq<Contract> findByProvider(AgbCode provider) {
    return byId.values().filter(c -> c.provider().equals(provider)).toList().sorted(BY_PERIOD_THEN_ID);
  }

  @Override
  public synchronized Either<DomainError, Contract> save(Contract contract) {
    long current = byId.get(contract.id()).map(Contract::version).getOrElse(0L);
    if (contract.version() != current) {
      return Either.left(new CommonError.StaleVersion("Contract", contract.id().toString(), contract.version()));
    }
    Contract stored = contract.withVersion(current + 1);
    byId = byId.put(stored.id(), stored);
    return Either.right(stored);
  }

  /** Everything stored, for tests and read models. */
  public synchronized Seq<Contract> all() {
    return byId.values().toList();
  }
}
