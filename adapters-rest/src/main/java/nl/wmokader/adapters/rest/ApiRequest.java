package nl.wmokader.adapters.rest;

import io.vavr.control.Either;
import nl.wmokader.core.shared.DomainError;

/**
 * A request body: a record whose components are the JSON fields (boxed types, so a missing field is
 * {@code null}), bound strictly by {@link ApiCall#command}, that turns itself into a use case's
 * command, reporting every invalid field at once (see {@link nl.wmokader.core.shared.FieldChecks}).
 *
 * @param <C> the command
 */
public interface ApiRequest<C> {
  /** The command, or {@code Left(InvalidInput)} listing every missing or malformed field. */
  Either<DomainError, C> toCommand();
}
