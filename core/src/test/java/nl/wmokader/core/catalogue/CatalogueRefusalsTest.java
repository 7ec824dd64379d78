package nl.wmokader.core.catalogue;

import nl.wmokader.core.catalogue.domain.CatalogueError;
import nl.wmokader.core.testing.ErrorCatalogue;
import org.junit.jupiter.api.Test;

/** Every refusal of the catalogue subdomain has a kind, a code and an explanation in words that never shows a BSN. */
class CatalogueRefusalsTest {

  @Test
  void every_refusal_explains_itself_without_personal_data() {
    ErrorCatalogue.assertEachExplainsItself(CatalogueError.class, 4);
  }
}
