package nl.wmokader.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.vavr.control.Either;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;

/** Assertions on use-case results that say what went wrong (vavr's Either is Iterable, which AssertJ misreads). */
public final class Results {
  private Results() {}

  /** The right value, or a failure naming the left error. */
  public static <L, R> R right(Either<L, R> result) {
    if (result.isLeft()) {
      L left = result.getLeft();
      fail("expected Right but was Left: " + left + (left instanceof DomainError ? " (" + ((DomainError) left).message() + ")" : ""));
    }
    return result.get();
  }

  /** The left error, asserted to be of {@code type}. */
  public static <L, R, E extends L> E left(Either<L, R> result, Class<E> type) {
    if (result.isRight()) {
      fail("expected Left " + type.getSimpleName() + " but was Right: " + result.get());
    }
    assertThat(result.getLeft()).isInstanceOf(type);
    return type.cast(result.getLeft());
  }

  /** The left error, asserted to be of {@code kind}. */
  public static <R> DomainError leftOfKind(Either<? extends DomainError, R> result, ErrorKind kind) {
    if (result.isRight()) {
      fail("expected Left " + kind + " but was Right: " + result.get());
    }
    DomainError error = result.getLeft();
    assertThat(error.kind()).as(error.toString()).isEqualTo(kind);
    return error;
  }
}
