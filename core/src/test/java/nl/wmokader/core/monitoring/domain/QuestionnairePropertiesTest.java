package nl.wmokader.core.monitoring.domain;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.SharedGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** Answers are read against the questionnaire; what is kept of them holds no BSN. */
class QuestionnairePropertiesTest implements WithQuickTheories {

  private static final Questionnaire STANDARD = Questionnaire.standard();

  @Test
  void a_bsn_written_into_a_free_text_is_not_kept_and_other_numbers_are() {
    qt().forAll(SharedGen.testBsns(), strings().basicLatinAlphabet().ofLengthBetween(0, 40), integers().between(0, 99_999_999))
        .checkAssert((bsn, around, number) -> {
          String text = around + " " + bsn.value() + ", dossier " + number + " " + around;
          Answers answers = right(STANDARD.read(LinkedHashMap.of("remarks", text)));
          String kept = answers.texts().get("remarks").get();
          assertThat(kept).doesNotContain(bsn.value()).contains("[BSN]").contains("dossier " + number);
        });
  }

  @Test
  void every_statement_takes_the_scale_and_nothing_else() {
    qt().forAll(integers().between(0, STANDARD.statements().size() - 1), strings().allPossible().ofLengthBetween(0, 4))
        .checkAssert((s, value) -> {
          String code = STANDARD.statements().get(s).code();
          var read = STANDARD.read(LinkedHashMap.of(code, value));
          if (value.matches("[1-5]|nvt")) {
            assertThat(right(read).scores().get(code).get().code()).isEqualTo(value);
          } else {
            assertThat(left(read, InvalidInput.class).errors()).extracting(e -> e.field() + " " + e.code())
                .containsExactly("answers." + code + " out_of_scale");
          }
        });
  }

  @Test
  void the_standard_questionnaire_asks_the_nine_statements_and_one_open_question() {
    assertThat(STANDARD.statements()).hasSize(9);
    assertThat(STANDARD.openQuestions().map(Question::code)).containsExactly("remarks");
    assertThat(STANDARD.statements().map(Question::text)).contains("Ik werd snel geholpen.",
        "De medewerker nam mij serieus.");
  }
}
