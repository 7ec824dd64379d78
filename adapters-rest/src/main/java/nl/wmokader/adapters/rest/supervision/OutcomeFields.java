package nl.wmokader.adapters.rest.supervision;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core's names of an outcome's fields as a client sent them: a recovery's part is
 * {@code outcome.parts[1].member} in the core and {@code parts[1].municipality} in the request.
 */
final class OutcomeFields {

  private static final Pattern PART = Pattern.compile("outcome\\.parts\\[(\\d+)]\\.(member|amount)");

  private OutcomeFields() {}

  static String named(String field) {
    Matcher m = PART.matcher(field);
    if (!m.matches()) {
      return field;
    }
    return "parts[" + m.group(1) + "]." + ("member".equals(m.group(2)) ? "municipality" : "amountCents");
  }
}
