package nl.wmokader.core.region;

import nl.wmokader.core.region.domain.ArrangementError;
import nl.wmokader.core.region.domain.RegionError;
import nl.wmokader.core.region.domain.VotingError;
import nl.wmokader.core.testing.ErrorCatalogue;
import org.junit.jupiter.api.Test;

/** Every refusal of the region subdomain has a kind, a code and an explanation in words that never shows a BSN. */
class RegionRefusalsTest {

  @Test
  void every_refusal_explains_itself_without_personal_data() {
    ErrorCatalogue.assertEachExplainsItself(RegionError.class, 3);
    ErrorCatalogue.assertEachExplainsItself(ArrangementError.class, 2);
    ErrorCatalogue.assertEachExplainsItself(VotingError.class, 3);
  }
}
