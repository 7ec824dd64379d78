package nl.wmokader.core.indication.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** Why delivery or an assignment ended: the iWmo 3.2 code list LDT_RedenBeeindiging (reden beëindiging). */
public enum StopReason {
  /** Overlijden. */
  DECEASED("02"),
  /** Levering volgens plan beëindigd. */
  ENDED_AS_PLANNED("19"),
  /** Levering is tijdelijk beëindigd. */
  TEMPORARILY_ENDED("20"),
  /** Levering is eenzijdig door cliënt beëindigd. */
  ENDED_BY_CLIENT("21"),
  /** Levering is eenzijdig door aanbieder beëindigd. */
  ENDED_BY_PROVIDER("22"),
  /** Levering is in overeenstemming voortijdig beëindigd. */
  ENDED_EARLY_BY_AGREEMENT("23"),
  /** Verhuizing naar een andere gemeente. */
  MOVED_TO_ANOTHER_MUNICIPALITY("31"),
  /** Geïnitieerd door de gemeente. */
  INITIATED_BY_MUNICIPALITY("36"),
  /** In verband met wijzigingsverzoek. */
  CHANGE_REQUEST("37"),
  /** Overstap naar andere aanbieder. */
  SWITCH_TO_ANOTHER_PROVIDER("38"),
  /** Uitstroom naar ander domein. */
  OUTFLOW_TO_ANOTHER_DOMAIN("39");

  private final String code;

  StopReason(String code) {
    this.code = code;
  }

  /** The two-digit iWmo code. */
  public String code() {
    return code;
  }

  public static Option<StopReason> ofCode(String code) {
    return List.of(values()).find(r -> r.code.equals(code));
  }
}
