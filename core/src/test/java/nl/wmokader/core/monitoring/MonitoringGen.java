package nl.wmokader.core.monitoring;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.monitoring.domain.AgeBand;
import nl.wmokader.core.monitoring.domain.Agreement;
import nl.wmokader.core.monitoring.domain.Answers;
import nl.wmokader.core.monitoring.domain.Invitation;
import nl.wmokader.core.monitoring.domain.InvitationId;
import nl.wmokader.core.monitoring.domain.InvitationSource;
import nl.wmokader.core.monitoring.domain.Occasion;
import nl.wmokader.core.monitoring.domain.Profile;
import nl.wmokader.core.monitoring.domain.Question;
import nl.wmokader.core.monitoring.domain.Questionnaire;
import nl.wmokader.core.monitoring.domain.Response;
import nl.wmokader.core.monitoring.domain.ResponseId;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

  private static UUID uuid(org.quicktheories.core.RandomnessSource rs) {
    return new UUID(longs().all().generate(rs), longs().all().generate(rs));
  }

  /**
   * A new invitation (version 0, unanswered) of a random id and source, invited on a day of 2026:
   * after an ended support exactly when its profile's occasion is one.
   */
  public static Gen<Invitation> invitations() {
    return rs -> {
      Profile profile = profiles().generate(rs);
      InvitationSource.Kind kind = profile.occasion() == Occasion.SUPPORT_ENDED
          ? InvitationSource.Kind.ENDED_SUPPORT : InvitationSource.Kind.DECISION;
      LocalDate day = LocalDate.of(2026, 1, 1).plusDays(integers().between(0, 364).generate(rs));
      return Invitation.of(new InvitationId(uuid(rs)), new InvitationSource(kind, uuid(rs)), profile, day);
    };
  }

  /** Free texts a store must keep to the character: quotes, separators, line breaks, accents, the longest allowed. */
  public static Gen<String> oddTexts() {
    return Generate.pick(java.util.List.of("Prima geholpen", "Wachttijd was lang; 'te' lang = \"vervelend\"",
        "Regel één\nregel twee\r\n\tmet tab", "Coöperatie — ça va, naïef €5,-", "a=b&c=d|e:f,g", "[BSN]",
        " spaties eromheen ", "\\ backslash % _ *", "x".repeat(2_000)));
  }

  /** Answers as {@link #answers} gives them, their open questions answered with {@link #oddTexts}. */
  public static Gen<Answers> oddAnswers(Questionnaire questionnaire) {
    return rs -> {
      Answers answers = answers(questionnaire).generate(rs);
      return new Answers(answers.scores(), answers.texts().mapValues(t -> oddTexts().generate(rs)));
    };
  }

  /** A response of a random id to be stored in {@code month}, with {@link #oddAnswers}. */
  public static Gen<Response> responsesIn(Questionnaire questionnaire, Gen<YearMonth> month) {
    return rs -> new Response(new ResponseId(uuid(rs)), profiles().generate(rs), month.generate(rs),
        oddAnswers(questionnaire).generate(rs));
  }

  /** A month of {@code from} .. {@code to}. */
  public static Gen<YearMonth> months(YearMonth from, YearMonth to) {
    int span = (int) java.time.temporal.ChronoUnit.MONTHS.between(from, to);
    return integers().between(0, span).map(from::plusMonths);
  }
}
