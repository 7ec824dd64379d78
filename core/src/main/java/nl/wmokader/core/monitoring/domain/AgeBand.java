package nl.wmokader.core.monitoring.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The client's age band, as the survey breaks results down. The library keeps no date of birth
 * (the indication holds the BSN only; the date of birth is in the BRP, the embedder's), so whoever
 * invites a client names the band; {@link #UNKNOWN} when it cannot.
 */
public enum AgeBand {
  UNDER_18("0-17"),
  FROM_18_TO_34("18-34"),
  FROM_35_TO_49("35-49"),
  FROM_50_TO_64("50-64"),
  FROM_65_TO_74("65-74"),
  FROM_75_TO_84("75-84"),
  FROM_85("85+"),
  /** Not known to the inviter. */
  UNKNOWN("onbekend");

  private final String code;

  AgeBand(String code) {
    this.code = code;
  }

  /** The band as written: {@code 18-34}, {@code 85+}, {@code onbekend}. */
  public String code() {
    return code;
  }

  public static Option<AgeBand> ofCode(String code) {
    return List.of(values()).find(b -> b.code.equals(code));
  }
}
