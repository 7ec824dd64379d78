package nl.wmokader.core.contracting.application;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import nl.wmokader.core.catalogue.port.in.FindProductQuery;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.catalogue.port.in.FindReferenceTariffUseCase;
import nl.wmokader.core.catalogue.port.in.ReferenceTariffQuery;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.DeliveryRight;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.port.in.CategoryRightQuery;
import nl.wmokader.core.contracting.port.in.DeliveryRightQuery;
import nl.wmokader.core.contracting.port.in.FindCategoryRightUseCase;
import nl.wmokader.core.contracting.port.in.FindDeliveryRightUseCase;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;

/**
 * Answers whether a provider may get a new assignment of a product on a date, and at which
 * tariff. A provider's staff asking about another provider get {@code Forbidden} rather than an
 * empty answer: the question is outside their role, and an empty answer would read as a real "no".
 */
public final class DeliveryRightService implements FindDeliveryRightUseCase, FindCategoryRightUseCase {

  private final ContractRepository contracts;
  private final AccessPolicy access;
  private final FindReferenceTariffUseCase referenceTariffs;
  private final FindProductUseCase products;

  /** @param products the catalogue, for the category of a lot's product */
  public DeliveryRightService(ContractRepository contracts, FindReferenceTariffUseCase referenceTariffs,
                              FindProductUseCase products, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.contracts = requireNonNull(contracts, "contracts");
    this.referenceTariffs = requireNonNull(referenceTariffs, "referenceTariffs");
    this.products = requireNonNull(products, "products");
  }

  @Override
  public Either<DomainError, Option<DeliveryRight>> findDeliveryRight(Actor actor, DeliveryRightQuery query) {
    return access.require(actor, "find a delivery right", Actor.Role.REGION, Actor.Role.MUNICIPALITY, Actor.Role.PROVIDER)
        .flatMap(ok -> validate(query))
        .flatMap(q -> actor.role() == Actor.Role.PROVIDER && !access.actsFor(actor, q.provider())
            ? Either.left(new CommonError.Forbidden("find another provider's delivery rights"))
            : Either.right(q))
        .flatMap(q -> {
          // At most one contract of a provider is in force on a day and its lots of one product do
          // not overlap, so at most one lot matches; the order only makes that choice explicit.
          Option<Tuple2<Contract, Lot>> match = List.ofAll(contracts.findByProvider(q.provider()))
              .sorted(Comparator.comparing((Contract c) -> c.period().start()))
              .flatMap(c -> c.lotForNewAssignmentOn(q.product(), q.date()).map(lot -> Tuple.of(c, lot)))
              .headOption();
          if (match.isEmpty()) {
            return Either.right(Option.none());
          }
          Contract contract = match.get()._1;
          Lot lot = match.get()._2;
          return tariff(actor, lot, q).map(tariff -> tariff.map(t ->
              new DeliveryRight(contract.id(), contract.provider(), lot.product(), lot.validity(), t)));
        });
  }

  @Override
  public Either<DomainError, Boolean> holdsCategoryRight(Actor actor, CategoryRightQuery query) {
    return access.require(actor, "find a delivery right", Actor.Role.REGION, Actor.Role.MUNICIPALITY, Actor.Role.PROVIDER)
        .flatMap(ok -> validate(query))
        .flatMap(q -> actor.role() == Actor.Role.PROVIDER && !access.actsFor(actor, q.provider())
            ? Either.left(new CommonError.Forbidden("find another provider's delivery rights"))
            : Either.right(q))
        .flatMap(q -> {
          // the provider's contracts read once; per lot open for new assignments that day: its
          // product's category, then (as a delivery right needs) a tariff of the day
          for (Contract contract : contracts.findByProvider(q.provider())) {
            for (Lot lot : contract.lots()) {
              if (contract.lotForNewAssignmentOn(lot.product(), q.date()).isEmpty()) {
                continue;
              }
              var version = products.findProduct(actor, new FindProductQuery(lot.product(), q.date()));
              if (version.isLeft() && version.getLeft().kind() != ErrorKind.NOT_FOUND) {
                return Either.left(version.getLeft());
              }
              if (version.isLeft() || version.get().category() != q.category()) {
                continue;
              }
              Either<DomainError, Option<Money>> tariff =
                  tariff(actor, lot, new DeliveryRightQuery(q.provider(), lot.product(), q.date()));
              if (tariff.isLeft()) {
                return Either.left(tariff.getLeft());
              }
              if (tariff.get().isDefined()) {
                return Either.right(true);
              }
            }
          }
          return Either.right(false);
        });
  }

  /** The lot's own tariff of the day, else the reference tariff of the day; none when neither exists. */
  private Either<DomainError, Option<Money>> tariff(Actor actor, Lot lot, DeliveryRightQuery q) {
    Option<Money> own = lot.tariffOn(q.date());
    if (own.isDefined()) {
      return Either.right(own);
    }
    Either<DomainError, Option<Money>> reference =
        referenceTariffs.findReferenceTariff(actor, new ReferenceTariffQuery(q.product(), q.date()));
    return reference.isLeft() && reference.getLeft().kind() == ErrorKind.NOT_FOUND
        ? Either.right(Option.none())
        : reference;
  }

  private static Either<DomainError, CategoryRightQuery> validate(CategoryRightQuery q) {
    FieldChecks checks = new FieldChecks();
    checks.required("provider", q.provider());
    checks.required("category", q.category());
    checks.required("date", q.date());
    return checks.result(q);
  }

  private static Either<DomainError, DeliveryRightQuery> validate(DeliveryRightQuery q) {
    FieldChecks checks = new FieldChecks();
    checks.required("provider", q.provider());
    checks.required("product", q.product());
    checks.required("date", q.date());
    return checks.result(q);
  }
}
