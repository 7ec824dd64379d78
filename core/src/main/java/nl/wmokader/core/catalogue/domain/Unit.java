package nl.wmokader.core.catalogue.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** The iWmo 3.2 units (eenheid) of a volume. */
public enum Unit {
  MINUTE("01"),
  HOUR("04"),
  /** Etmaal: a day and a night. */
  DAY_AND_NIGHT("14"),
  /** Dagdeel: four hours. */
  DAY_PART("16"),
  /** Stuk (output): a piece of result. */
  PIECE_OUTPUT("82"),
  /** Euro: the volume is an amount in cents. */
  EUROS("83"),
  /** Stuk (inspanning): a piece of effort. */
  PIECE_EFFORT("84");

  private final String code;

  Unit(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Option<Unit> ofCode(String code) {
    return List.of(values()).find(u -> u.code.equals(code));
  }
}
