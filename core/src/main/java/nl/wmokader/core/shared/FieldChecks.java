package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Vector;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * Collects the field errors of one input, in the order they are found, so that every invalid field
 * is reported at once as one {@link InvalidInput}. Make one per validation: it accumulates and is
 * not safe to share between threads.
 */
public final class FieldChecks {

  private static final String REQUIRED = "required";
  private static final String IS_REQUIRED = "is required";

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
