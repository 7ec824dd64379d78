package nl.wmokader.adapters.rest;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;

/**
 * Combining the results of checking parts of one request (path, query, body), so that a client
 * sees every invalid field of the request at once, under the names it sent.
 */
public final class InputResults {

  private InputResults() {}

  /** Both results combined, or the first error; two invalid inputs become one with the fields of both. */
  public static <A, B, R> Either<DomainError, R> both(Either<DomainError, A> a, Either<DomainError, B> b,
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

  /**
   * The result with the core's field names replaced by the API's: {@code renames} alternates core
   * name and API name; an indexed field ({@code members[1]}) keeps its index under the new name.
   */
  public static <T> Either<DomainError, T> renamed(Either<DomainError, T> result, String... renames) {
    return renamed(result, field -> {
      for (int i = 0; i + 1 < renames.length; i += 2) {
        if (field.equals(renames[i]) || field.startsWith(renames[i] + "[")) {
          return renames[i + 1] + field.substring(renames[i].length());
        }
      }
      return field;
    });
  }

  /** The result with each field error's name replaced by what {@code rename} makes of it. */
  public static <T> Either<DomainError, T> renamed(Either<DomainError, T> result, UnaryOperator<String> rename) {
    if (result.isRight() || !(result.getLeft() instanceof InvalidInput)) {
      return result;
    }
    return Either.left(new InvalidInput(((InvalidInput) result.getLeft()).errors()
        .map(e -> new FieldError(rename.apply(e.field()), e.code(), e.message()))));
  }
}
