package nl.wmokader.core.monitoring.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;

/** What the survey's results are broken down by: the whole region, or one attribute of the profile. */
public enum Breakdown {
  /** One group: every response ({@code region}). */
  REGION,
  /** The member municipality, by CBS code. */
  MEMBER,
  /** In kind or personal budget ({@code in-kind}, {@code personal-budget}; {@code none} after a refusal). */
  CARE_FORM,
  /** The product category, by its two digits ({@code none} after a refusal). */
  PRODUCT_CATEGORY,
  /** The age band, by its code ({@code 18-34}, …, {@code onbekend}). */
  AGE_BAND,
  /** Granted vs refused (and ended support): {@code granted}, {@code refused}, {@code support-ended}. */
  OCCASION;

  /** The group of this breakdown a response with {@code profile} is counted in. */
  public String groupOf(Profile profile) {
    switch (this) {
      case MEMBER:
        return profile.member().value();
      case CARE_FORM:
        return profile.form().map(f -> words(f.name())).getOrElse("none");
      case PRODUCT_CATEGORY:
        return profile.category().map(c -> c.code()).getOrElse("none");
      case AGE_BAND:
        return profile.ageBand().code();
      case OCCASION:
        return words(profile.occasion().name());
      case REGION:
      default:
        return "region";
    }
  }

  /** The breakdown written as {@code member}, {@code care-form}, …: how an adapter names it. */
  public String code() {
    return words(name());
  }

  public static Option<Breakdown> ofCode(String code) {
    return List.of(values()).find(b -> b.code().equals(code));
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
