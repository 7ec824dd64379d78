package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

/**
 * One question of a questionnaire: a statement answered on the five-point scale, or an open
 * question answered in free text. The code names it in answers and results; the Dutch text is what
 * the client reads, the English label what an English screen shows.
 */
public sealed interface Question {

  /** Lower-case letters, digits and hyphens, 1..40 characters: stable across wordings. */
  String code();

  /** The question as the client reads it (Dutch). */
  String text();

  /** A short English label. */
  String label();

  /** A statement (stelling) answered on the five-point scale, or n.v.t. */
  record Statement(String code, String text, String label) implements Question {
    public Statement {
      Question.check(code, text, label);
    }
  }

  /** An open question (open vraag) answered in at most {@code maxLength} characters. */
  record OpenQuestion(String code, String text, String label, int maxLength) implements Question {
    public OpenQuestion {
      Question.check(code, text, label);
      if (maxLength < 1 || maxLength > 10_000) {
        throw new IllegalArgumentException("an open question takes 1..10000 characters");
      }
    }
  }

  /** The checks both kinds share. */
  private static void check(String code, String text, String label) {
    requireNonNull(code, "code");
    requireNonNull(text, "text");
    requireNonNull(label, "label");
    if (!code.matches("[a-z0-9-]{1,40}")) {
      throw new IllegalArgumentException("a question's code is 1..40 lower-case letters, digits or hyphens");
    }
    if (text.isBlank() || label.isBlank()) {
      throw new IllegalArgumentException("a question has a text and a label");
    }
  }
}
