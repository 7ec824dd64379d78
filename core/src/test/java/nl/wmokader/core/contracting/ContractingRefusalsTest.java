package nl.wmokader.core.contracting;

import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.testing.ErrorCatalogue;
import org.junit.jupiter.api.Test;

/** Every refusal of the contracting subdomain has a kind, a code and an explanation in words that never shows a BSN. */
class ContractingRefusalsTest {

  @Test
  void every_refusal_explains_itself_without_personal_data() {
    ErrorCatalogue.assertEachExplainsItself(ContractingError.class, 18);
  }
}
