package nl.wmokader.core.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import nl.wmokader.core.monitoring.port.out.SurveyStore;
import nl.wmokader.core.monitoring.port.out.SurveyStoreContract;

class InMemorySurveyStoreTest extends SurveyStoreContract {
  @Override
  protected SurveyStore newStore() {
    return new InMemorySurveyStore();
  }

  @Override
  protected Seq<Object> keptWithResponses(SurveyStore store) {
    return ((InMemorySurveyStore) store).allResponses().flatMap(r -> List.<Object>of(r.id().value(),
            r.profile().member(), r.profile().category(), r.profile().form(), r.profile().ageBand(),
            r.profile().occasion(), r.answeredIn())
        .appendAll(r.answers().scores().flatMap(a -> List.<Object>of(a._1, a._2)))
        .appendAll(r.answers().texts().flatMap(a -> List.<Object>of(a._1, a._2))));
  }
}
