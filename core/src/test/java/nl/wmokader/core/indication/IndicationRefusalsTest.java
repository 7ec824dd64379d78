package nl.wmokader.core.indication;

import nl.wmokader.core.indication.domain.AssignmentError;
import nl.wmokader.core.indication.domain.IndicationError;
import nl.wmokader.core.testing.ErrorCatalogue;
import org.junit.jupiter.api.Test;

/** Every refusal of the indication subdomain has a kind, a code and an explanation in words that never shows a BSN. */
class IndicationRefusalsTest {

  @Test
  void every_refusal_explains_itself_without_personal_data() {
    ErrorCatalogue.assertEachExplainsItself(IndicationError.class, 9);
    ErrorCatalogue.assertEachExplainsItself(AssignmentError.class, 14);
  }
}
