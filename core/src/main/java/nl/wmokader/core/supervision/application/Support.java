package nl.wmokader.core.supervision.application;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/** What the supervision services share: the registered-provider check and reading every page of another subdomain's list. */
final class Support {
  private Support() {}

  /** Adds {@code provider}'s field errors: required, and registered. */
  static void registeredProvider(FieldChecks fields, GetProviderUseCase providers, AgbCode provider) {
    if (fields.required("provider", provider)) {
      Either<DomainError, ?> found = providers.getProvider(Actor.region(), provider);
      fields.check(found.isRight() || found.getLeft().kind() != ErrorKind.NOT_FOUND, "provider", "unknown",
          "is not a registered provider");
    }
  }

  /** Every item of a paged list, page by page until the total is reached. */
  static <T> Either<DomainError, Seq<T>> all(Function<PageRequest, Either<DomainError, Page<T>>> list) {
    Seq<T> items = List.empty();
    for (int page = 0; ; page++) {
      Either<DomainError, Page<T>> next = list.apply(new PageRequest(page, PageRequest.MAX_SIZE));
      if (next.isLeft()) {
        return Either.left(next.getLeft());
      }
      items = items.appendAll(next.get().items());
      if (next.get().items().isEmpty() || items.size() >= next.get().total()) {
        return Either.right(items);
      }
    }
  }

  /** Checks a text of 1 to {@code max} characters. */
  static void text(FieldChecks fields, String field, String value, int max) {
    if (fields.requiredText(field, value)) {
      fields.check(value.length() <= max, field, "too_long", "must be at most " + max + " characters");
    }
  }
}
