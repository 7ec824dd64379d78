package nl.wmokader.core.supervision;

import nl.wmokader.core.supervision.domain.CalamityError;
import nl.wmokader.core.supervision.domain.InvestigationError;
import nl.wmokader.core.supervision.domain.SelectionError;
import nl.wmokader.core.supervision.domain.SignalError;
import nl.wmokader.core.testing.ErrorCatalogue;
import org.junit.jupiter.api.Test;

/** Every refusal of the supervision subdomain has a kind, a code and an explanation in words that never shows a BSN. */
class SupervisionRefusalsTest {

  @Test
  void every_refusal_explains_itself_without_personal_data() {
    ErrorCatalogue.assertEachExplainsItself(CalamityError.class, 2);
    ErrorCatalogue.assertEachExplainsItself(InvestigationError.class, 15);
    ErrorCatalogue.assertEachExplainsItself(SelectionError.class, 2);
    ErrorCatalogue.assertEachExplainsItself(SignalError.class, 2);
  }
}
