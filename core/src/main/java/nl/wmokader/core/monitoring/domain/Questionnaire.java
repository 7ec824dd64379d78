package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The survey's questions, configured as data: statements on the five-point scale and open
 * questions, in the order the client sees them. {@link #standard()} is the default set, the Dutch
 * municipalities' standard Wmo client-experience statements (cliëntervaringsonderzoek Wmo); a region
 * that asks more or other questions gives its own.
 */
public record Questionnaire(String name, Seq<Question> questions) {

  /** The field answers are reported under: {@code answers.<code>}. */
  public static final String FIELD = "answers";

  public Questionnaire {
    requireNonNull(name, "name");
    requireNonNull(questions, "questions");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a questionnaire has a name");
    }
    if (questions.filter(q -> q instanceof Question.Statement).isEmpty()) {
      throw new IllegalArgumentException("a questionnaire has at least one statement");
    }
    if (questions.map(Question::code).distinct().size() != questions.size()) {
      throw new IllegalArgumentException("a questionnaire's question codes are distinct");
    }
  }

  /**
   * The standard statements of the Wmo client-experience survey (in our words after the VNG/KING
   * standard questions): access, the conversation, and the quality and effect of the support,
   * followed by one open question.
   */
  public static Questionnaire standard() {
    return new Questionnaire("Cliëntervaringsonderzoek Wmo (standaardvragen)", io.vavr.collection.List.of(
        new Question.Statement("knew-where-to-go", "Ik wist waar ik moest zijn met mijn hulpvraag.",
            "I knew where to go with my request for help"),
        new Question.Statement("helped-quickly", "Ik werd snel geholpen.", "I was helped quickly"),
        new Question.Statement("taken-seriously", "De medewerker nam mij serieus.",
            "The staff member took me seriously"),
        new Question.Statement("solutions-together", "De medewerker en ik hebben samen naar oplossingen gezocht.",
            "The staff member and I looked for solutions together"),
        new Question.Statement("knows-where-to-ask",
            "Ik weet waar ik terecht kan als ik vragen heb over de ondersteuning.",
            "I know where to turn with questions about the support"),
        new Question.Statement("quality-good", "De kwaliteit van de ondersteuning is goed.",
            "The quality of the support is good"),
        new Question.Statement("fits-need", "De ondersteuning past bij mijn hulpvraag.",
            "The support fits my request for help"),
        new Question.Statement("manage-better", "Ik kan mij door de ondersteuning beter redden.",
            "The support helps me manage better"),
        new Question.Statement("quality-of-life", "Ik heb door de ondersteuning een betere kwaliteit van leven.",
            "The support gives me a better quality of life"),
        new Question.OpenQuestion("remarks",
            "Wilt u ons nog iets meegeven over uw contact met de gemeente of over de ondersteuning?",
            "Anything else you would like to tell us", 2_000)));
  }

  /** The statements, in order. */
  public Seq<Question.Statement> statements() {
    return questions.filter(q -> q instanceof Question.Statement).map(q -> (Question.Statement) q);
  }

  /** The open questions, in order. */
  public Seq<Question.OpenQuestion> openQuestions() {
    return questions.filter(q -> q instanceof Question.OpenQuestion).map(q -> (Question.OpenQuestion) q);
  }

  public Option<Question> question(String code) {
    return questions.find(q -> q.code().equals(code));
  }

  /**
   * The answers {@code raw} gives, by question code, checked against this questionnaire: a
   * statement takes {@code 1}..{@code 5} or {@code nvt}, an open question a text of at most its
   * length (a blank text is no answer; a BSN in it is replaced by {@code [BSN]}). Every unknown question, value off the scale and text too
   * long at once ({@code InvalidInput}, fields {@code answers.<code>}); no answer at all is one too.
   */
  public Either<DomainError, Answers> read(Map<String, String> raw) {
    FieldChecks checks = new FieldChecks();
    Map<String, Agreement> scores = LinkedHashMap.empty();
    Map<String, String> texts = LinkedHashMap.empty();
    if (raw == null) {
      return checks.add(FIELD, "required", "is required").result(null);
    }
    for (var answer : raw) {
      String field = FIELD + "." + answer._1;
      Option<Question> question = answer._1 == null ? Option.none() : question(answer._1);
      if (question.isEmpty()) {
        checks.add(field, "unknown_question", "is not a question of " + name);
      } else if (answer._2 == null) {
        checks.add(field, "required", "has no answer: leave the question out instead");
      } else if (question.get() instanceof Question.Statement) {
        Option<Agreement> agreement = Agreement.ofCode(answer._2);
        if (agreement.isEmpty()) {
          checks.add(field, "out_of_scale", "must be 1..5 or nvt");
        } else {
          scores = scores.put(answer._1, agreement.get());
        }
      } else if (!answer._2.isBlank()) {
        int max = ((Question.OpenQuestion) question.get()).maxLength();
        if (answer._2.length() > max) {
          checks.add(field, "too_long", "must be at most " + max + " characters");
        } else {
          texts = texts.put(answer._1, withoutBsns(answer._2.strip()));
        }
      }
    }
    if (checks.isEmpty() && scores.isEmpty() && texts.isEmpty()) {
      checks.add(FIELD, "required", "answer at least one question");
    }
    Map<String, Agreement> checkedScores = scores;
    Map<String, String> checkedTexts = texts;
    return checks.resultFrom(() -> new Answers(checkedScores, checkedTexts));
  }

  private static final java.util.regex.Pattern NINE_DIGITS = java.util.regex.Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");

  /**
   * {@code text} with every nine digits that pass the eleven-test replaced: a client who writes
   * their BSN into a remark must not put it into a store that is kept apart from their identity.
   */
  static String withoutBsns(String text) {
    return NINE_DIGITS.matcher(text).replaceAll(m -> nl.wmokader.core.shared.Bsn.isValid(m.group()) ? "[BSN]" : m.group());
  }
}
