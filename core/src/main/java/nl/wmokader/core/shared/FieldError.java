package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

/**
 * One invalid input field: its name (as the command names it), a stable code and an explanation.
 * The message never repeats the rejected value, which may be personal data.
 */
public record FieldError(String field, String code, String message) {
  public FieldError {
    requireNonNull(field, "field");
    requireNonNull(code, "code");
    requireNonNull(message, "message");
  }
}
