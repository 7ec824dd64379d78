package nl.wmokader.adapters.jdbc;

import io.vavr.collection.Seq;
import nl.wmokader.core.monitoring.port.out.SurveyStore;
import nl.wmokader.core.monitoring.port.out.SurveyStoreContract;
import org.junit.jupiter.api.Test;

@PostgresSuite
class PostgresSurveyStoreTest extends SurveyStoreContract {
  @Override
  protected SurveyStore newStore() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcSurveyStore(db);
  }

  @Override
  protected Seq<Object> keptWithResponses(SurveyStore store) {
    return SurveyRows.kept(TestDatabases.postgres());
  }

  @Test
  void the_response_tables_have_no_key_or_column_of_an_invitation() throws Exception {
    SurveyRows.assertNothingLinksAResponseToItsInvitation(TestDatabases.postgres());
  }
}
