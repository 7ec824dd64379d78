package nl.wmokader.core.catalogue.application;

import static java.util.Objects.requireNonNull;
import static nl.wmokader.core.catalogue.application.CatalogueScope.orNone;
import static nl.wmokader.core.catalogue.application.CatalogueScope.visible;

import io.vavr.collection.Seq;
import io.vavr.collection.Traversable;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.domain.ReferenceTariff;
import nl.wmokader.core.catalogue.port.in.FindProductQuery;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.catalogue.port.in.FindProductsUseCase;
import nl.wmokader.core.catalogue.port.in.FindReferenceTariffUseCase;
import nl.wmokader.core.catalogue.port.in.GetProductUseCase;
import nl.wmokader.core.catalogue.port.in.ListProductsQuery;
import nl.wmokader.core.catalogue.port.in.ListProductsUseCase;
import nl.wmokader.core.catalogue.port.in.ReferenceTariffQuery;
import nl.wmokader.core.catalogue.port.out.ProductRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.Page;

/**
 * Reading the catalogue, open to every actor: a member-local product is hidden from other
 * members' staff (NotFound, not listed) and visible to everyone else.
 */
public final class ReadCatalogueService implements FindProductUseCase, FindReferenceTariffUseCase, ListProductsUseCase,
    GetProductUseCase, FindProductsUseCase {

  private final ProductRepository products;
  private final Clock clock;
  private final AccessPolicy access;

  /** {@code clock} gives "today" for a listing without a date. */
  public ReadCatalogueService(ProductRepository products, Clock clock, AccessPolicy access) {
    this.products = requireNonNull(products, "products");
    this.clock = requireNonNull(clock, "clock");
    this.access = requireNonNull(access, "access");
  }

  @Override
  public Either<DomainError, ProductVersion> findProduct(Actor actor, FindProductQuery query) {
    Either<DomainError, Actor> party = access.requireParty(actor, "read the catalogue");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    return validate(query == null ? null : query.code(), query == null ? null : query.asOf())
        .flatMap(ok -> product(actor, query.code()))
        .flatMap(p -> p.versionOn(query.asOf())
            .toEither(() -> new CommonError.NotFound("Product", query.code() + " on " + query.asOf())));
  }

  @Override
  public Either<DomainError, Option<Money>> findReferenceTariff(Actor actor, ReferenceTariffQuery query) {
    Either<DomainError, Actor> party = access.requireParty(actor, "read the catalogue");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    return validate(query == null ? null : query.code(), query == null ? null : query.asOf())
        .flatMap(ok -> product(actor, query.code()))
        .map(p -> p.referenceTariffOn(query.asOf()).map(ReferenceTariff::perUnit));
  }

  @Override
  public Either<DomainError, Product> getProduct(Actor actor, ProductCode code) {
    Either<DomainError, Actor> party = access.requireParty(actor, "read the catalogue");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    if (code == null) {
      return Either.left(InvalidInput.of("code", "required", "is required"));
    }
    return product(actor, code);
  }

  @Override
  public Either<DomainError, Page<ProductVersion>> listProducts(Actor actor, ListProductsQuery query) {
    Either<DomainError, Actor> party = access.requireParty(actor, "read the catalogue");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    if (query == null || query.page() == null) {
      return Either.left(InvalidInput.of("page", "required", "is required"));
    }
    LocalDate asOf = orNone(query.asOf()).getOrElse(() -> LocalDate.now(clock));
    Option<ProductCategory> category = orNone(query.category());
    var versions = products.findAll()
        .filter(p -> p.isVisibleTo(actor) && category.forAll(c -> c == p.category()))
        .flatMap(p -> p.versionOn(asOf))
        .sortBy(ProductVersion::code);
    return Either.right(Page.of(versions, query.page()));
  }

  private Either<DomainError, Product> product(Actor actor, ProductCode code) {
    return visible(actor, code.value(), products.findByCode(code));
  }

  private static Either<DomainError, Object> validate(ProductCode code, LocalDate asOf) {
    FieldChecks checks = new FieldChecks();
    checks.required("code", code);
    checks.required("asOf", asOf);
    return checks.result(code);
  }

  @Override
  public Either<DomainError, Seq<Product>> findProducts(Actor actor, Traversable<ProductCode> codes) {
    Either<DomainError, Actor> party = access.requireParty(actor, "read the catalogue");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    if (codes == null) {
      return Either.left(InvalidInput.of("codes", "required", "is required"));
    }
    if (codes.isEmpty()) {
      return Either.right(io.vavr.collection.List.empty());
    }
    // The catalogue is small (tens to a few hundred products) and read whole in one query.
    java.util.Set<ProductCode> wanted = codes.toJavaSet();
    return Either.right(products.findAll().filter(p -> wanted.contains(p.code())));
  }
}
