package nl.wmokader.core.settlement;

import nl.wmokader.core.settlement.domain.AllocationError;
import nl.wmokader.core.settlement.domain.ContributionError;
import nl.wmokader.core.testing.ErrorCatalogue;
import org.junit.jupiter.api.Test;

/** Every refusal of the settlement subdomain has a kind, a code and an explanation in words that never shows a BSN. */
class SettlementRefusalsTest {

  @Test
  void every_refusal_explains_itself_without_personal_data() {
    ErrorCatalogue.assertEachExplainsItself(AllocationError.class, 8);
    ErrorCatalogue.assertEachExplainsItself(ContributionError.class, 2);
  }
}
