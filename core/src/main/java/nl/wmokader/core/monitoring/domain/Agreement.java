package nl.wmokader.core.monitoring.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * An answer to a statement on the survey's five-point scale (1 = helemaal oneens .. 5 = helemaal
 * eens), or "n.v.t./weet niet", which counts as no opinion: it is reported apart and is not part of
 * a statement's respondents.
 */
public enum Agreement {
  /** 1: helemaal oneens. */
  STRONGLY_DISAGREE("1", "helemaal oneens"),
  /** 2: oneens. */
  DISAGREE("2", "oneens"),
  /** 3: neutraal. */
  NEUTRAL("3", "neutraal"),
  /** 4: eens. */
  AGREE("4", "eens"),
  /** 5: helemaal eens. */
  STRONGLY_AGREE("5", "helemaal eens"),
  /** n.v.t./weet niet. */
  NOT_APPLICABLE("nvt", "n.v.t./weet niet");

  private final String code;
  private final String dutch;

  Agreement(String code, String dutch) {
    this.code = code;
    this.dutch = dutch;
  }

  /** How an answer is written: {@code 1}..{@code 5}, or {@code nvt}. */
  public String code() {
    return code;
  }

  /** The answer's words on the Dutch form. */
  public String dutch() {
    return dutch;
  }

  /** 1..5 on the scale; none for n.v.t. */
  public Option<Integer> score() {
    return this == NOT_APPLICABLE ? Option.none() : Option.some(ordinal() + 1);
  }

  /** Whether the answer agrees (4 or 5): what a statement's share of agreement counts. */
  public boolean agrees() {
    return this == AGREE || this == STRONGLY_AGREE;
  }

  public static Option<Agreement> ofCode(String code) {
    return List.of(values()).find(a -> a.code.equals(code));
  }
}
