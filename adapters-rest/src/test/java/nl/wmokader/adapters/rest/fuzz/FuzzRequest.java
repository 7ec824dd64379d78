package nl.wmokader.adapters.rest.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One generated request. {@code kind} says what was made wrong on purpose ({@code valid} when
 * nothing), {@code target} is path and query as sent (percent-encoded), {@code actor},
 * {@code contentType} and {@code body} may be null.
 */
record FuzzRequest(ApiDocument.Operation operation, String kind, String target, String actor, String contentType,
    byte[] body) {

  /** The request in a line, its body cut short: enough to reproduce it by hand. */
  String describe() {
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    if (text.length() > 300) {
      text = text.substring(0, 300) + "…(" + body.length + " bytes)";
    }
    return "[" + kind + "] " + operation.method() + " " + target + " actor=" + actor + " type=" + contentType + " " + text;
  }
}
