package nl.wmokader.core.catalogue.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** The iWmo 3.2 frequencies of a volume. */
public enum Frequency {
  PER_DAY("1"),
  PER_WEEK("2"),
  PER_MONTH("4"),
  /** The volume in total over the whole validity (totaal binnen geldigheidsduur). */
  TOTAL("6");

  private final String code;

  Frequency(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Option<Frequency> ofCode(String code) {
    return List.of(values()).find(f -> f.code.equals(code));
  }
}
