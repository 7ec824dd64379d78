package nl.wmokader.core.supervision.port.out;

/** The contract on the test-only in-memory store. */
class InMemoryCalamityRepositoryContractTest extends CalamityRepositoryContract {
  @Override
  protected CalamityRepository newRepository() {
    return new TestInMemoryCalamityRepository();
  }
}
