package nl.wmokader.core.monitoring;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.monitoring.domain.AgeBand;
import nl.wmokader.core.monitoring.domain.Agreement;
import nl.wmokader.core.monitoring.domain.Answers;
import nl.wmokader.core.monitoring.domain.Occasion;
import nl.wmokader.core.monitoring.domain.Profile;
import nl.wmokader.core.monitoring.domain.Question;
import nl.wmokader.core.monitoring.domain.Questionnaire;
import nl.wmokader.core.monitoring.domain.Response;
import nl.wmokader.core.monitoring.domain.ResponseId;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import org.quicktheories.core.Gen;

/**
 * Generators of the survey (core test-jar). Few values per attribute (three categories, the five
 * members), so that groups both above and below a minimum cell come up.
 */
public final class MonitoringGen {
  private MonitoringGen() {}

  private static final ProductCategory[] CATEGORIES = {
      ProductCategory.HOUSEHOLD_HELP, ProductCategory.GUIDANCE, ProductCategory.WHEELCHAIRS};

  public static Gen<Profile> profiles() {
    return rs -> {
      MunicipalityCode member = SharedGen.REFERENCE_MEMBERS.get(integers().between(0, 4).generate(rs));
      Occasion occasion = Occasion.values()[integers().between(0, Occasion.values().length - 1).generate(rs)];
      AgeBand band = AgeBand.values()[integers().between(0, AgeBand.values().length - 1).generate(rs)];
      if (occasion == Occasion.REFUSED) {
        return new Profile(member, Option.none(), Option.none(), band, occasion);
      }
      ProductCategory category = CATEGORIES[integers().between(0, CATEGORIES.length - 1).generate(rs)];
      DeliveryForm form = occasion == Occasion.SUPPORT_ENDED ? DeliveryForm.IN_KIND
          : DeliveryForm.values()[integers().between(0, 1).generate(rs)];
      return new Profile(member, Option.some(category), Option.some(form), band, occasion);
    };
  }

  /** Answers to some of {@code questionnaire}'s questions (a statement skipped one time in four), at least one. */
  public static Gen<Answers> answers(Questionnaire questionnaire) {
    return rs -> {
      Map<String, Agreement> scores = LinkedHashMap.empty();
      for (Question.Statement s : questionnaire.statements()) {
        int pick = integers().between(0, 7).generate(rs);
        if (pick < 6) {
          scores = scores.put(s.code(), Agreement.values()[pick]);
        }
      }
      Map<String, String> texts = LinkedHashMap.empty();
      for (Question.OpenQuestion q : questionnaire.openQuestions()) {
        if (integers().between(0, 2).generate(rs) == 0 || scores.isEmpty()) {
          texts = texts.put(q.code(), "tekst " + integers().between(0, 999).generate(rs));
        }
      }
      return new Answers(scores, texts);
    };
  }

  /** A stored response in 2026 under {@code questionnaire}. */
  public static Gen<Response> responses(Questionnaire questionnaire) {
    return rs -> new Response(new ResponseId(new UUID(longs().all().generate(rs), longs().all().generate(rs))),
        profiles().generate(rs), YearMonth.of(2026, integers().between(1, 12).generate(rs)),
        answers(questionnaire).generate(rs));
  }
}
