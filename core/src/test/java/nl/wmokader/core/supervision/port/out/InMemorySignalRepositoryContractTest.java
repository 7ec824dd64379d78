package nl.wmokader.core.supervision.port.out;

/** The contract on the test-only in-memory store. */
class InMemorySignalRepositoryContractTest extends SignalRepositoryContract {
  @Override
  protected SignalRepository newRepository() {
    return new TestInMemorySignalRepository();
  }
}
