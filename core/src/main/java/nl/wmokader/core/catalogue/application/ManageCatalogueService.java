package nl.wmokader.core.catalogue.application;

import static java.util.Objects.requireNonNull;
import static nl.wmokader.core.catalogue.application.CatalogueScope.orNone;
import static nl.wmokader.core.catalogue.application.CatalogueScope.visible;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.catalogue.domain.CatalogueError;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.domain.ReferenceTariff;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.catalogue.port.in.DefineProductUseCase;
import nl.wmokader.core.catalogue.port.in.ReviseProductCommand;
import nl.wmokader.core.catalogue.port.in.ReviseProductUseCase;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffUseCase;
import nl.wmokader.core.catalogue.port.out.ProductRepository;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Commands;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue's changes: defining, revising and pricing products. Region staff manage every
 * product; a member's staff manage only their own member-local products and do not see other
 * members' ones at all.
 */
public final class ManageCatalogueService implements DefineProductUseCase, ReviseProductUseCase, SetReferenceTariffUseCase {

  /** The longest product name the catalogue stores. */
  public static final int MAX_NAME_LENGTH = DefineProductCommand.MAX_NAME_LENGTH;

  private static final Logger log = LoggerFactory.getLogger(ManageCatalogueService.class);

  private final ProductRepository products;
  private final AccessPolicy access;
  private final GetRegionUseCase region;

  /** {@code region} tells which municipalities are members, for member-local products. */
  public ManageCatalogueService(ProductRepository products, GetRegionUseCase region, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.products = requireNonNull(products, "products");
    this.region = requireNonNull(region, "region");
  }

  @Override
  public Either<DomainError, Product> defineProduct(Actor actor, DefineProductCommand command) {
    return access.require(actor, "define products", Actor.Role.REGION, Actor.Role.MUNICIPALITY)
        .flatMap(ok -> Commands.checked(command, c -> c.validated()))
        .flatMap(cmd -> mayManage(actor, orNone(cmd.localTo()), "define a regional product or another member's")
            .flatMap(ok -> requireMember(actor, orNone(cmd.localTo())))
            .flatMap(ok -> products.findByCode(cmd.code()).isDefined()
                ? Either.<DomainError, Product>left(new CommonError.Duplicate("Product", cmd.code().value()))
                : products.save(Product.define(ProductVersion.builder()
                    .code(cmd.code())
                    .category(cmd.category())
                    .name(cmd.name().strip())
                    .unit(cmd.unit())
                    .variant(cmd.variant())
                    .frequency(orNone(cmd.frequency()))
                    .validity(DateRange.of(cmd.from(), orNone(cmd.until())))
                    .localTo(orNone(cmd.localTo()))
                    .build()))))
        .peekLeft(e -> log.debug("define product refused: {}", e.code()));
  }

  @Override
  public Either<DomainError, Product> reviseProduct(Actor actor, ReviseProductCommand command) {
    return access.require(actor, "revise products", Actor.Role.REGION, Actor.Role.MUNICIPALITY)
        .flatMap(ok -> Commands.checked(command, c -> c.validated()))
        .flatMap(cmd -> visible(actor, cmd.code().value(), products.findByCode(cmd.code()))
            .flatMap(p -> mayManage(actor, p.localTo(), "revise a regional product").map(ok -> p))
            .flatMap(p -> Either.<DomainError, Product>narrow(p.revise(ProductVersion.builder()
                .code(p.code())
                .category(orNone(cmd.category()).getOrElse(p.category()))
                .name(cmd.name().strip())
                .unit(cmd.unit())
                .variant(cmd.variant())
                .frequency(orNone(cmd.frequency()))
                .validity(DateRange.of(cmd.from(), orNone(cmd.until())))
                .localTo(p.localTo())
                .build()))))
        .flatMap(products::save)
        .peekLeft(e -> log.debug("revise product refused: {}", e.code()));
  }

  @Override
  public Either<DomainError, Product> setReferenceTariff(Actor actor, SetReferenceTariffCommand command) {
    return access.require(actor, "set reference tariffs", Actor.Role.REGION, Actor.Role.MUNICIPALITY)
        .flatMap(ok -> Commands.checked(command, c -> c.validated()))
        .flatMap(cmd -> visible(actor, cmd.code().value(), products.findByCode(cmd.code()))
            .flatMap(p -> mayManage(actor, p.localTo(), "set the tariff of a regional product").map(ok -> p))
            .flatMap(p -> Either.<DomainError, Product>narrow(p.setReferenceTariff(
                new ReferenceTariff(cmd.perUnit(), DateRange.of(cmd.from(), orNone(cmd.until())))))))
        .flatMap(products::save)
        .peekLeft(e -> log.debug("set reference tariff refused: {}", e.code()));
  }

  /** A member's staff manage only their own local products; region staff manage all. */
  private static Either<DomainError, Actor> mayManage(Actor actor, Option<MunicipalityCode> localTo, String action) {
    return actor.role() == Actor.Role.REGION || (localTo.isDefined() && actor.municipality().equals(localTo))
        ? Either.right(actor)
        : Either.left(new CommonError.Forbidden(action));
  }

  private Either<DomainError, Actor> requireMember(Actor actor, Option<MunicipalityCode> localTo) {
    if (localTo.isEmpty()) {
      return Either.right(actor);
    }
    boolean member = region.getRegion(actor).map(r -> r.isMember(localTo.get())).getOrElse(false);
    return member ? Either.right(actor) : Either.left(new CatalogueError.NotAMember(localTo.get()));
  }}
