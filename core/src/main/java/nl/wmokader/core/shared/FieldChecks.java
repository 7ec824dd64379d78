package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects the field errors of one input, in the order they are found, so that every invalid field
 * is reported at once as one {@link InvalidInput}. Make one per validation: it accumulates and is
 * not safe to share between threads.
 */
public final class FieldChecks {

  private static final String REQUIRED = "required";
  private static final String IS_REQUIRED = "is required";
  /** The reason of a {@code uuid_format} error. */
  public static final String UUID_FORMAT = "must be a UUID (8-4-4-4-12 hexadecimal digits)";
  /** The reason of an {@code invalid_value} error of a code list. */
  public static final String INVALID_CODE = "is not an iWmo code of this field";

  private Vector<FieldError> errors = Vector.empty();

  /** Adds {@code field} "required" ("is required") when {@code value} is null; true when it is present. */
  public boolean required(String field, Object value) {
    return required(field, value, IS_REQUIRED);
  }

  /** As {@link #required(String, Object)} with an own message, e.g. how to say "absent" instead. */
  public boolean required(String field, Object value, String message) {
    check(value != null, field, REQUIRED, message);
    return value != null;
  }

  /** Adds {@code field} "required" ("is required") when {@code text} is null or blank; true when it has text. */
  public boolean requiredText(String field, String text) {
    return required(field, text == null || text.isBlank() ? null : text);
  }

  /** {@code value}, or null with {@code field} "required" added when it is null: for values a command goes on with. */
  public <T> T present(String field, T value) {
    required(field, value);
    return value;
  }

  /** {@code text}, or null with {@code field} "required" added when it is null or blank. */
  public String presentText(String field, String text) {
    return requiredText(field, text) ? text : null;
  }

  /** An ISO-8601 date ({@code yyyy-mm-dd}) from text, or null with {@code required} or {@code date_format} added. */
  public LocalDate date(String field, String raw) {
    if (!requiredText(field, raw)) {
      return null;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      add(field, "date_format", "must be an ISO-8601 date (yyyy-mm-dd)");
      return null;
    }
  }

  /** A validation's value, or null with its error added. */
  public <T> T valid(Validation<FieldError, T> validation) {
    if (validation.isInvalid()) {
      add(validation.getError());
      return null;
    }
    return validation.get();
  }

  /**
   * A UUID in its canonical form, 8-4-4-4-12 hexadecimal digits in either case: the one parser of
   * identifiers. Null or blank text adds {@code required}, anything else not in that form
   * {@code uuid_format}; both answer null.
   */
  public UUID uuid(String field, String raw) {
    if (!requiredText(field, raw)) {
      return null;
    }
    if (!isUuid(raw)) {
      add(field, "uuid_format", UUID_FORMAT);
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

  /** A month as {@code YYYY-MM}, or null with {@code required} or {@code month_format} added. */
  public YearMonth month(String field, String raw) {
    if (!requiredText(field, raw)) {
      return null;
    }
    if (raw.length() == 7 && raw.charAt(4) == '-' && Digits.exactly(raw.substring(0, 4), 4)
        && Digits.exactly(raw.substring(5), 2)) {
      try {
        return YearMonth.parse(raw);
      } catch (DateTimeException e) {
        // a month 00 or 13: reported below
      }
    }
    add(field, "month_format", "must be a month as YYYY-MM");
    return null;
  }

  /**
   * The value of a closed code list (an iWmo code such as a product category's "02"), or null with
   * {@code required} or {@code invalid_value} added.
   */
  public <T> T code(String field, String raw, Function<String, Option<T>> ofCode) {
    if (!requiredText(field, raw)) {
      return null;
    }
    T value = ofCode.apply(raw).getOrNull();
    if (value == null) {
      add(field, "invalid_value", INVALID_CODE);
    }
    return value;
  }

  /** Adds the error when {@code ok} is false. */
  public FieldChecks check(boolean ok, String field, String code, String message) {
    return ok ? this : add(new FieldError(field, code, message));
  }

  /** Adds the error unconditionally. */
  public FieldChecks add(String field, String code, String message) {
    return add(new FieldError(field, code, message));
  }

  public FieldChecks add(FieldError error) {
    errors = errors.append(requireNonNull(error, "error"));
    return this;
  }

  /** Adds errors found elsewhere, keeping their order. */
  public FieldChecks addAll(Seq<FieldError> more) {
    errors = errors.appendAll(requireNonNull(more, "more"));
    return this;
  }

  /** The errors added so far, in order. */
  public Seq<FieldError> errors() {
    return errors;
  }

  /** How many errors were added. */
  public int size() {
    return errors.size();
  }

  /** True while no error was added. */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** {@link InvalidInput} with every error added, else {@code value}. */
  public <T> Either<DomainError, T> result(T value) {
    return errors.isEmpty() ? Either.right(value) : Either.left(new InvalidInput(errors));
  }

  /**
   * As {@link #result(Object)}, with the value made only when there is no error: for values that
   * exist only for valid input.
   */
  public <T> Either<DomainError, T> resultFrom(Supplier<? extends T> value) {
    return errors.isEmpty() ? Either.right(value.get()) : Either.left(new InvalidInput(errors));
  }
}
