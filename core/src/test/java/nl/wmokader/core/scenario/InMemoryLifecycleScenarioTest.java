package nl.wmokader.core.scenario;

import nl.wmokader.core.WmoKaderBuilder;
import nl.wmokader.core.inmemory.InMemoryAdapters;

class InMemoryLifecycleScenarioTest extends LifecycleScenario {
  @Override
  protected WmoKaderBuilder freshStores() {
    return new InMemoryAdapters().builder();
  }
}
