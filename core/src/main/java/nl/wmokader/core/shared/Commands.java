package nl.wmokader.core.shared;

import io.vavr.control.Either;
import java.util.function.Function;

/** How a use case takes its command: present, then through the command's own second round. */
public final class Commands {

  private Commands() {}

  /** {@code second} applied to {@code command}, or {@code command} "required" when there is none. */
  public static <C, R> Either<DomainError, R> checked(C command, Function<C, Either<DomainError, R>> second) {
    return checked("command", command, second);
  }

  /** As {@link #checked(Object, Function)}, naming the missing command {@code field}. */
  public static <C, R> Either<DomainError, R> checked(String field, C command,
                                                      Function<C, Either<DomainError, R>> second) {
    return command == null ? Either.left(InvalidInput.of(field, "required", "is required")) : second.apply(command);
  }
}
