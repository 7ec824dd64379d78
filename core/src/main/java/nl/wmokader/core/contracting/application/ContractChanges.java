package nl.wmokader.core.contracting.application;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.port.in.FindProductQuery;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.InvalidInput;

/**
 * What the contracting services share: who sees a contract, loading one to change it, the catalogue
 * check, a command's own second round.
 */
final class ContractChanges {
  private ContractChanges() {}

  /**
   * {@code command}'s own second round ({@code validated}), or {@code command} required when there is
   * none: asked after access, so that a caller without the right hears nothing of its fields.
   */
  static <C> Either<DomainError, C> validated(C command, Function<C, Either<DomainError, C>> secondRound) {
    return command == null
        ? Either.left(InvalidInput.of("command", "required", "is required"))
        : secondRound.apply(command);
  }

  /** Every role sees every contract, except a provider's staff, who see only their own. */
  static boolean sees(AccessPolicy access, Actor actor, Contract contract) {
    switch (actor.role()) {
      case PROVIDER:
        return access.actsFor(actor, contract.provider());
      case REGION:
      case MUNICIPALITY:
      case SUPERVISOR:
      default:
        return true;
    }
  }

  static CommonError.NotFound notFound(ContractId id) {
    return new CommonError.NotFound("Contract", id.toString());
  }

  /** The contract, when it exists and {@code actor} sees it; else {@code NotFound}. */
  static Either<DomainError, Contract> visible(AccessPolicy access, ContractRepository contracts, Actor actor, ContractId id) {
    return contracts.findById(id).filter(c -> sees(access, actor, c)).toEither(() -> notFound(id));
  }

  /** Loads the contract {@code actor} sees and applies {@code rule} to it (not yet saved). */
  static Either<DomainError, Contract> change(AccessPolicy access, ContractRepository contracts, Actor actor, ContractId id,
      Function<Contract, Either<ContractingError, Contract>> rule) {
    return visible(access, contracts, actor, id).flatMap(c -> Either.narrow(rule.apply(c)));
  }

  /** {@code Forbidden} when a provider's staff act for another provider than {@code provider}. */
  static Either<DomainError, Actor> forOwnProvider(AccessPolicy access, Actor actor, AgbCode provider, String action) {
    return actor.role() == Actor.Role.PROVIDER && !access.actsFor(actor, provider)
        ? Either.left(new CommonError.Forbidden(action + " for another provider"))
        : Either.right(actor);
  }

  /**
   * Each lot's product must be in the catalogue on the lot's first day. Asked after the
   * aggregate's own rules, so that a refused command costs no call to the catalogue.
   */
  static Either<DomainError, Boolean> inCatalogue(FindProductUseCase catalogue, Actor actor, Seq<Lot> lots) {
    for (Lot lot : lots) {
      var found = product(catalogue, actor, lot.product(), lot.validity().start());
      if (found.isLeft()) {
        return Either.left(found.getLeft());
      }
    }
    return Either.right(true);
  }

  /** The catalogue's version of {@code product} on {@code on}; {@code ProductNotInCatalogue} when it has none. */
  static Either<DomainError, ProductVersion> product(FindProductUseCase catalogue, Actor actor, ProductCode product,
      LocalDate on) {
    var found = catalogue.findProduct(actor, new FindProductQuery(product, on));
    if (found.isLeft()) {
      return Either.left(found.getLeft().kind() == ErrorKind.NOT_FOUND
          ? new ContractingError.ProductNotInCatalogue(product, on)
          : found.getLeft());
    }
    return Either.right(found.get());
  }
}
