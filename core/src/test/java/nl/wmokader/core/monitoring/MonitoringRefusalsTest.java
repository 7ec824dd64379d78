package nl.wmokader.core.monitoring;

import nl.wmokader.core.monitoring.domain.FiguresError;
import nl.wmokader.core.monitoring.domain.SurveyError;
import nl.wmokader.core.testing.ErrorCatalogue;
import org.junit.jupiter.api.Test;

/** Every refusal of the monitoring subdomain has a kind, a code and an explanation in words that never shows a BSN. */
class MonitoringRefusalsTest {

  @Test
  void every_refusal_explains_itself_without_personal_data() {
    ErrorCatalogue.assertEachExplainsItself(FiguresError.class, 1);
    ErrorCatalogue.assertEachExplainsItself(SurveyError.class, 4);
  }
}
