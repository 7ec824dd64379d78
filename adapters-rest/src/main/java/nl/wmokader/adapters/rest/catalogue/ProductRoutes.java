package nl.wmokader.adapters.rest.catalogue;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.port.in.DefineProductUseCase;
import nl.wmokader.core.catalogue.port.in.FindProductQuery;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.catalogue.port.in.FindReferenceTariffUseCase;
import nl.wmokader.core.catalogue.port.in.GetProductUseCase;
import nl.wmokader.core.catalogue.port.in.ListProductsQuery;
import nl.wmokader.core.catalogue.port.in.ListProductsUseCase;
import nl.wmokader.core.catalogue.port.in.ReferenceTariffQuery;
import nl.wmokader.core.catalogue.port.in.ReviseProductUseCase;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffUseCase;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.PageRequest;

/**
 * The catalogue: {@code /products} (list as of a date, define), {@code /products/{productCode}}
 * (the whole product), its {@code versions} (revise; the one current on a date) and its
 * {@code reference-tariffs} (set; the one in force on a date). Reading is open to every actor (a
 * member's local products are hidden from other members); changes are the region's staff's, or a
 * member's staff's for their own local products.
 */
public final class ProductRoutes implements ApiRoutes {
  private final ListProductsUseCase listProducts;
  private final GetProductUseCase getProduct;
  private final FindProductUseCase findProduct;
  private final FindReferenceTariffUseCase findReferenceTariff;
  private final DefineProductUseCase defineProduct;
  private final ReviseProductUseCase reviseProduct;
  private final SetReferenceTariffUseCase setReferenceTariff;

  public ProductRoutes(ListProductsUseCase listProducts, GetProductUseCase getProduct, FindProductUseCase findProduct,
      FindReferenceTariffUseCase findReferenceTariff, DefineProductUseCase defineProduct,
      ReviseProductUseCase reviseProduct, SetReferenceTariffUseCase setReferenceTariff) {
    this.listProducts = requireNonNull(listProducts, "listProducts");
    this.getProduct = requireNonNull(getProduct, "getProduct");
    this.findProduct = requireNonNull(findProduct, "findProduct");
    this.findReferenceTariff = requireNonNull(findReferenceTariff, "findReferenceTariff");
    this.defineProduct = requireNonNull(defineProduct, "defineProduct");
    this.reviseProduct = requireNonNull(reviseProduct, "reviseProduct");
    this.setReferenceTariff = requireNonNull(setReferenceTariff, "setReferenceTariff");
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/products", call -> {
      FieldChecks check = new FieldChecks();
      Option<LocalDate> asOf = Params.optionalDate(check, call, "asOf");
      Option<ProductCategory> category = Params.optionalEnum(check, call, "category", ProductCategory.class);
      PageRequest page = call.page(check);
      call.respond(check.resultFrom(() -> new ListProductsQuery(asOf, category, page))
          .flatMap(query -> listProducts.listProducts(call.actor(), query))
          .map(p -> PageDto.of(p, ProductVersionDto::from, call)));
    });

    router.post("/products", call -> call.created(call.command(DefineProductRequest.class)
        .flatMap(command -> defineProduct.defineProduct(call.actor(), command))
        .map(ProductDto::from), product -> "/products/" + product.code()));

    router.get("/products/{productCode}", call -> call.respond(productCode(call, new FieldChecks())
        .flatMap(code -> getProduct.getProduct(call.actor(), code))
        .map(ProductDto::from)));

    router.get("/products/{productCode}/versions/current", call -> {
      FieldChecks check = new FieldChecks();
      ProductCode code = check.valid(ProductCode.validate("productCode", call.pathParam("productCode")));
      LocalDate asOf = Params.requiredDate(check, call, "asOf");
      call.respond(check.resultFrom(() -> new FindProductQuery(code, asOf))
          .flatMap(query -> findProduct.findProduct(call.actor(), query))
          .map(ProductVersionDto::from));
    });

    router.post("/products/{productCode}/versions", call -> call.respond(productCode(call, new FieldChecks())
        .flatMap(code -> call.command(ReviseProductRequest.class).map(command -> command.apply(code)))
        .flatMap(command -> reviseProduct.reviseProduct(call.actor(), command))
        .map(ProductDto::from)));

    router.post("/products/{productCode}/reference-tariffs", call -> call.respond(productCode(call, new FieldChecks())
        .flatMap(code -> call.command(SetReferenceTariffRequest.class).map(command -> command.apply(code)))
        .flatMap(command -> setReferenceTariff.setReferenceTariff(call.actor(), command))
        .map(ProductDto::from)));

    router.get("/products/{productCode}/reference-tariffs/current", call -> {
      FieldChecks check = new FieldChecks();
      ProductCode code = check.valid(ProductCode.validate("productCode", call.pathParam("productCode")));
      LocalDate asOf = Params.requiredDate(check, call, "asOf");
      call.respond(check.resultFrom(() -> new ReferenceTariffQuery(code, asOf))
          .flatMap(query -> findReferenceTariff.findReferenceTariff(call.actor(), query)
              .flatMap(tariff -> tariff
                  .map(t -> new ReferenceTariffOnDto(code.value(), asOf, t.cents()))
                  .<DomainError>toEither(() -> new CommonError.NotFound("Reference tariff", code + " on " + asOf)))));
    });
  }

  /** The product code in the path, or a 400 naming {@code productCode}. */
  private static Either<DomainError, ProductCode> productCode(ApiCall call, FieldChecks check) {
    ProductCode code = check.valid(ProductCode.validate("productCode", call.pathParam("productCode")));
    return check.resultFrom(() -> code);
  }
}
