package nl.wmokader.core.catalogue.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/** What both catalogue services answer alike. */
final class CatalogueScope {
  private CatalogueScope() {}

  /** Another member's local product answers NotFound, exactly like an unknown code. */
  static Either<DomainError, Product> visible(Actor actor, String code, Option<Product> found) {
    return found.filter(p -> p.isVisibleTo(actor)).toEither(() -> new CommonError.NotFound("Product", code));
  }

  /** Commands come from adapters: an absent optional may arrive as null. */
  static <T> Option<T> orNone(Option<T> option) {
    return option == null ? Option.none() : option;
  }
}
