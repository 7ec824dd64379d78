package nl.wmokader.core.indication.domain;

import io.vavr.collection.Array;
import io.vavr.control.Option;

/** Why a municipality refuses a request: the iWmo 3.2 code list RedenAfwijzingVerzoek (LDT_RedenAfwijzingVerzoek). */
public enum RequestRefusalReason {
  /** Geen wijziging, maar nieuwe aanvraag: the change asked for needs a new application. */
  NEW_APPLICATION_NEEDED("1"),
  /** Past niet binnen budget. */
  EXCEEDS_BUDGET("2"),
  /** Geen contract. */
  NO_CONTRACT("3"),
  /** Past niet binnen contract. */
  OUTSIDE_CONTRACT("4"),
  /** Andere gemeente: another municipality is responsible. */
  OTHER_MUNICIPALITY("5"),
  /** Stapeling: it would stack on an existing assignment. */
  STACKING("6"),
  /** Zorginhoudelijke afkeur: refused on the content of the care. */
  CARE_CONTENT("7"),
  /** Woonplaatsbeginsel: the residence principle puts the client elsewhere. */
  RESIDENCE_PRINCIPLE("8"),
  /** Leeftijdsgrens is bereikt. */
  AGE_LIMIT("9");

  private static final Array<RequestRefusalReason> ALL = Array.of(values());

  private final String code;

  RequestRefusalReason(String code) {
    this.code = code;
  }

  /** The iWmo code, "1" to "9". */
  public String code() {
    return code;
  }

  public static Option<RequestRefusalReason> ofCode(String code) {
    return ALL.find(r -> r.code.equals(code));
  }
}
