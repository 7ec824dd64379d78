package nl.wmokader.core.supervision.port.out;

/** The contract on the test-only in-memory store. */
class InMemoryInvestigationRepositoryContractTest extends InvestigationRepositoryContract {
  @Override
  protected InvestigationRepository newRepository() {
    return new TestInMemoryInvestigationRepository();
  }
}
