package nl.wmokader.adapters.rest;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Supplier;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.PageRequest;

/**
 * Collects every field error of a request record while it builds its command, so the client hears
 * about all of them at once. Each check returns the value (or {@code null} when it failed); {@link
 * #result} builds the command only when nothing failed.
 *
 * <pre>{@code
 * var check = new FieldCheck();
 * MunicipalityCode m = check.valid(MunicipalityCode.validate("municipality", municipality));
 * LocalDate date = check.required("referenceDate", referenceDate);
 * return check.result(() -> new RecordInhabitantsCommand(m, date, inhabitants));
 * }</pre>
 */
public final class FieldCheck {
  /** The reason of a {@code uuid_format} error. */
  public static final String UUID_FORMAT = "must be a UUID (8-4-4-4-12 hexadecimal digits)";
  private Vector<FieldError> errors = Vector.empty();

  /** {@code value}, or a {@code required} error when it is null. */
  public <T> T required(String field, T value) {
    if (value == null) {
      error(field, "required", "is required");
    }
    return value;
  }

  /** {@code value}, or a {@code required} error when it is null or blank. */
  public String requiredText(String field, String value) {
    if (value == null || value.isBlank()) {
      error(field, "required", "is required");
      return null;
    }
    return value;
  }

  /** A core validation's value, or its error. */
  public <T> T valid(Validation<FieldError, T> validation) {
    if (validation.isInvalid()) {
      errors = errors.append(validation.getError());
      return null;
    }
    return validation.get();
  }

  /** An ISO-8601 date ({@code yyyy-mm-dd}) from text, e.g. a query parameter; null text is a {@code required} error. */
  public LocalDate date(String field, String raw) {
    if (requiredText(field, raw) == null) {
      return null;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      error(field, "date_format", "must be an ISO-8601 date (yyyy-mm-dd)");
      return null;
    }
  }

  /**
   * A UUID in its canonical form, 8-4-4-4-12 hexadecimal digits in either case: the one parser of
   * identifiers for every resource. Null text is a {@code required} error, anything else not in
   * that form a {@code uuid_format} error.
   */
  public UUID uuid(String field, String raw) {
    if (requiredText(field, raw) == null) {
      return null;
    }
    if (!isUuid(raw)) {
      error(field, "uuid_format", UUID_FORMAT);
      return null;
    }
    return UUID.fromString(raw);
  }

  /** Whether {@code raw} is a UUID in its canonical form: 8-4-4-4-12 hexadecimal digits, either case. */
  public static boolean isUuid(String raw) {
    if (raw == null || raw.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = raw.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        return false;
      }
    }
    return true;
  }

  /** The page {@code call} asks for, or null with the paging errors added here. */
  public PageRequest page(ApiCall call) {
    try {
      return call.pageRequest();
    } catch (ProblemException e) {
      e.invalidParams().forEach(p -> error(p.name(), p.code(), p.reason()));
      return null;
    }
  }

  public void error(String field, String code, String message) {
    errors = errors.append(new FieldError(field, code, message));
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  /** {@code Right(build())} when every check passed, else {@code Left(InvalidInput)} with all errors. */
  public <T> Either<DomainError, T> result(Supplier<T> build) {
    return errors.isEmpty() ? Either.right(build.get()) : Either.left(new InvalidInput(errors));
  }
}
