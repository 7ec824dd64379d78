package nl.wmokader.adapters.rest.supervision;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.FieldCheck;
import nl.wmokader.adapters.rest.ProblemException;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.PageRequest;

/** What the supervision routes read outside a body (identifiers, filters, paging), each error naming the field as sent. */
final class SupervisionParams {
  private static final String UUID_PATTERN =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  private SupervisionParams() {}

  /** The UUID in path parameter {@code name}, or a {@code uuid_format} error. */
  static UUID uuid(FieldCheck check, ApiCall call, String name) {
    String raw = call.pathParam(name);
    if (raw == null || !raw.matches(UUID_PATTERN)) {
      check.error(name, "uuid_format", "must be a UUID (8-4-4-4-12 hexadecimal digits)");
      return null;
    }
    return UUID.fromString(raw);
  }

  /** The optional {@code provider} filter; an empty value counts as absent. */
  static AgbCode providerFilter(FieldCheck check, ApiCall call) {
    String raw = call.query("provider").filter(v -> !v.isEmpty()).getOrNull();
    return raw == null ? null : check.valid(AgbCode.validate("provider", raw));
  }

  /** The page asked for, its errors added to {@code check}. */
  static PageRequest page(FieldCheck check, ApiCall call) {
    try {
      return call.pageRequest();
    } catch (ProblemException e) {
      e.invalidParams().forEach(p -> check.error(p.name(), p.code(), p.reason()));
      return null;
    }
  }

  /** Both results combined, or the first error; two invalid inputs become one with the fields of both. */
  static <A, B, R> Either<DomainError, R> both(Either<DomainError, A> a, Either<DomainError, B> b,
                                              BiFunction<? super A, ? super B, ? extends R> combine) {
    if (a.isRight() && b.isRight()) {
      return Either.right(combine.apply(a.get(), b.get()));
    }
    if (a.isLeft() && b.isLeft() && a.getLeft() instanceof InvalidInput && b.getLeft() instanceof InvalidInput) {
      return Either.left(new InvalidInput(List.<FieldError>empty()
          .appendAll(((InvalidInput) a.getLeft()).errors())
          .appendAll(((InvalidInput) b.getLeft()).errors())));
    }
    return Either.left(a.isLeft() ? a.getLeft() : b.getLeft());
  }

  /** The result with the core's field names replaced by the API's: {@code renames} alternates core name and API name. */
  static <T> Either<DomainError, T> renamed(Either<DomainError, T> result, String... renames) {
    if (result.isRight() || !(result.getLeft() instanceof InvalidInput)) {
      return result;
    }
    return Either.left(new InvalidInput(((InvalidInput) result.getLeft()).errors().map(e -> {
      for (int i = 0; i + 1 < renames.length; i += 2) {
        if (e.field().equals(renames[i]) || e.field().startsWith(renames[i] + "[")) {
          return new FieldError(renames[i + 1] + e.field().substring(renames[i].length()), e.code(), e.message());
        }
      }
      return e;
    })));
  }

  /** {@code text} when it holds 1 to 4,000 characters, else a {@code text_length} error (a {@code required} one when absent). */
  static String text(FieldCheck check, String field, String text, boolean required) {
    if (text == null) {
      if (required) {
        check.error(field, "required", "is required");
      }
      return null;
    }
    if (text.isBlank() || text.length() > 4_000) {
      check.error(field, "text_length", "must hold 1 to 4,000 characters");
      return null;
    }
    return text;
  }
}
