package nl.wmokader.core.obligations;

import nl.wmokader.core.obligations.domain.ObligationError;
import nl.wmokader.core.testing.ErrorCatalogue;
import org.junit.jupiter.api.Test;

/** Every refusal of the obligations subdomain has a kind, a code and an explanation in words that never shows a BSN. */
class ObligationRefusalsTest {

  @Test
  void every_refusal_explains_itself_without_personal_data() {
    ErrorCatalogue.assertEachExplainsItself(ObligationError.class, 1);
  }
}
