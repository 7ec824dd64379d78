package nl.wmokader.core.inmemory;

import nl.wmokader.core.obligations.port.out.QualityDeclarationRepository;
import nl.wmokader.core.obligations.port.out.QualityDeclarationRepositoryContract;

class InMemoryQualityDeclarationRepositoryTest extends QualityDeclarationRepositoryContract {
  @Override
  protected QualityDeclarationRepository newRepository() {
    return new InMemoryQualityDeclarationRepository();
  }
}
