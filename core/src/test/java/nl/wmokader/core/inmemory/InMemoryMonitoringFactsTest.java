package nl.wmokader.core.inmemory;

import nl.wmokader.core.monitoring.port.out.MonitoringFactsContract;

class InMemoryMonitoringFactsTest extends MonitoringFactsContract {
  @Override
  protected Stores newStores() {
    InMemoryAdapters adapters = new InMemoryAdapters();
    return new Stores(adapters.assignments(), adapters.claims(), adapters.recoveries(),
        adapters.monitoringFacts());
  }
}
