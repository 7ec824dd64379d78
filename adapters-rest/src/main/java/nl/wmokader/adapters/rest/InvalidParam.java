package nl.wmokader.adapters.rest;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.shared.FieldError;

/**
 * One invalid input field of a problem: its name as the client sent it ({@code members[0].code},
 * {@code pageSize}), a stable code and a reason that never repeats the rejected value.
 */
public record InvalidParam(String name, String code, String reason) {
  public InvalidParam {
    requireNonNull(name, "name");
    requireNonNull(code, "code");
    requireNonNull(reason, "reason");
  }

  public static InvalidParam from(FieldError error) {
    return new InvalidParam(error.field(), error.code(), error.message());
  }
}
