package nl.wmokader.core.contracting.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.catalogue.port.in.FindProductQuery;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.port.in.AddLotCommand;
import nl.wmokader.core.contracting.port.in.AddLotUseCase;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.ContractProviderUseCase;
import nl.wmokader.core.contracting.port.in.GetContractUseCase;
import nl.wmokader.core.contracting.port.in.ImposeClientStopCommand;
import nl.wmokader.core.contracting.port.in.ImposeClientStopUseCase;
import nl.wmokader.core.contracting.port.in.LiftClientStopCommand;
import nl.wmokader.core.contracting.port.in.LiftClientStopUseCase;
import nl.wmokader.core.contracting.port.in.ListContractsQuery;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.contracting.port.in.TerminateContractCommand;
import nl.wmokader.core.contracting.port.in.TerminateContractUseCase;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.shared.Access;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;

/**
 * The contract use cases. Changes are the region's staff's (the central municipality contracts
 * for all members); reading is open to every role, a provider's staff seeing only their own.
 */
public final class ContractServices implements ContractProviderUseCase, AddLotUseCase, TerminateContractUseCase,
    ImposeClientStopUseCase, LiftClientStopUseCase, GetContractUseCase, ListContractsUseCase {

  private final ProviderRepository providers;
  private final ContractRepository contracts;
  private final FindProductUseCase catalogue;
  private final Clock clock;
  private final IdGenerator ids;

  public ContractServices(ProviderRepository providers, ContractRepository contracts, FindProductUseCase catalogue,
      Clock clock, IdGenerator ids) {
    this.providers = requireNonNull(providers, "providers");
    this.contracts = requireNonNull(contracts, "contracts");
    this.catalogue = requireNonNull(catalogue, "catalogue");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public Either<DomainError, Contract> contractProvider(Actor actor, ContractProviderCommand command) {
    return Access.require(actor, "contract a provider", Actor.Role.REGION)
        .flatMap(ok -> validate(command))
        .flatMap(cmd -> providers.findByAgb(cmd.provider())
            .<DomainError>toEither(() -> new CommonError.NotFound("Provider", cmd.provider().value()))
            .flatMap(provider -> noContractInForceDuring(cmd))
            .flatMap(ok -> Either.<DomainError, Contract>narrow(Contract.open(
                new ContractId(ids.next()), cmd.provider(), cmd.period(), lotsOf(cmd)))))
        .flatMap(contract -> inCatalogue(actor, contract.lots()).map(ok -> contract))
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> addLot(Actor actor, AddLotCommand command) {
    return Access.require(actor, "add a lot", Actor.Role.REGION)
        .flatMap(ok -> validate(command))
        .flatMap(cmd -> {
          Lot lot = toLot(cmd.lot());
          return change(cmd.contract(), c -> c.addLot(lot))
              .flatMap(changed -> inCatalogue(actor, List.of(lot)).map(ok -> changed));
        })
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> terminateContract(Actor actor, TerminateContractCommand command) {
    return Access.require(actor, "terminate a contract", Actor.Role.REGION)
        .flatMap(ok -> validate(command))
        .flatMap(cmd -> change(cmd.contract(), c -> c.terminate(cmd.from(), today())))
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> imposeClientStop(Actor actor, ImposeClientStopCommand command) {
    return Access.require(actor, "impose a client stop", Actor.Role.REGION)
        .flatMap(ok -> validate(command))
        .flatMap(cmd -> change(cmd.contract(),
            c -> c.imposeClientStop(new ClientStop(cmd.period(), cmd.reason()), today())))
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> liftClientStop(Actor actor, LiftClientStopCommand command) {
    return Access.require(actor, "lift a client stop", Actor.Role.REGION)
        .flatMap(ok -> validate(command))
        .flatMap(cmd -> change(cmd.contract(), c -> c.liftClientStop(cmd.from(), today())))
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> getContract(Actor actor, ContractId id) {
    if (id == null) {
      return Either.left(InvalidInput.of("id", "required", "is required"));
    }
    return contracts.findById(id)
        .filter(c -> sees(actor, c))
        .toEither(() -> notFound(id));
  }

  @Override
  public Either<DomainError, Page<Contract>> listContracts(Actor actor, ListContractsQuery query) {
    return validate(query).flatMap(q -> {
      if (providers.findByAgb(q.provider()).isEmpty()) {
        return Either.left(new CommonError.NotFound("Provider", q.provider().value()));
      }
      Seq<Contract> visible = contracts.findByProvider(q.provider()).filter(c -> sees(actor, c));
      return Either.right(Page.of(visible, q.page()));
    });
  }

  private static boolean sees(Actor actor, Contract contract) {
    switch (actor.role()) {
      case PROVIDER:
        return Access.isProvider(actor, contract.provider());
      case REGION:
      case MUNICIPALITY:
      case SUPERVISOR:
      default:
        return true;
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Loads the contract and applies {@code rule} to it. */
  private Either<DomainError, Contract> change(ContractId id, Function<Contract, Either<ContractingError, Contract>> rule) {
    return contracts.findById(id)
        .<DomainError>toEither(() -> notFound(id))
        .flatMap(c -> Either.narrow(rule.apply(c)));
  }

  private Either<DomainError, Boolean> noContractInForceDuring(ContractProviderCommand cmd) {
    Option<Contract> clash = contracts.findByProvider(cmd.provider())
        .find(c -> c.inForce().exists(days -> days.overlaps(cmd.period())));
    return clash.isDefined()
        ? Either.left(new ContractingError.ContractsOverlap(cmd.provider(), clash.get().id(), cmd.period()))
        : Either.right(true);
  }

  /**
   * Each lot's product must be in the catalogue on the lot's first day. Asked after the
   * aggregate's own rules, so that a refused command costs no call to the catalogue.
   */
  private Either<DomainError, Boolean> inCatalogue(Actor actor, Seq<Lot> lots) {
    for (Lot lot : lots) {
      LocalDate on = lot.validity().start();
      var found = catalogue.findProduct(actor, new FindProductQuery(lot.product(), on));
      if (found.isLeft()) {
        return Either.left(found.getLeft().kind() == ErrorKind.NOT_FOUND
            ? new ContractingError.ProductNotInCatalogue(lot.product(), on)
            : found.getLeft());
      }
    }
    return Either.right(true);
  }

  private static CommonError.NotFound notFound(ContractId id) {
    return new CommonError.NotFound("Contract", id.toString());
  }

  private static Seq<Lot> lotsOf(ContractProviderCommand cmd) {
    return lotInputs(cmd).map(ContractServices::toLot);
  }

  private static Seq<NewLot> lotInputs(ContractProviderCommand cmd) {
    return cmd.lots() == null ? List.empty() : cmd.lots();
  }

  private static Lot toLot(NewLot lot) {
    return new Lot(lot.product(), lot.validity(), lot.tariff() == null ? Option.none() : lot.tariff());
  }

  // --- validation: every invalid field at once, before anything is read or stored

  private static Either<DomainError, ContractProviderCommand> validate(ContractProviderCommand c) {
    FieldChecks checks = new FieldChecks();
    checks.required("provider", c.provider());
    checks.required("period", c.period());
    Seq<NewLot> lots = lotInputs(c);
    for (int i = 0; i < lots.size(); i++) {
      checkLot(checks, "lots[" + i + "].", lots.get(i));
    }
    return checks.result(c);
  }

  private static Either<DomainError, AddLotCommand> validate(AddLotCommand c) {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", c.contract());
    checkLot(checks, "", c.lot());
    return checks.result(c);
  }

  private static void checkLot(FieldChecks checks, String prefix, NewLot lot) {
    if (!checks.required(prefix.isEmpty() ? "lot" : prefix.substring(0, prefix.length() - 1), lot)) {
      return;
    }
    checks.required(prefix + "product", lot.product());
    checks.required(prefix + "validity", lot.validity());
    checks.check(lot.tariff() == null || !lot.tariff().exists(t -> t == null || t.isNegative()), prefix + "tariff",
        "negative", "must be 0 or more");
  }

  private static Either<DomainError, TerminateContractCommand> validate(TerminateContractCommand c) {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", c.contract());
    checks.required("from", c.from());
    return checks.result(c);
  }

  private static Either<DomainError, ImposeClientStopCommand> validate(ImposeClientStopCommand c) {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", c.contract());
    checks.required("period", c.period());
    checks.required("reason", c.reason());
    return checks.result(c);
  }

  private static Either<DomainError, LiftClientStopCommand> validate(LiftClientStopCommand c) {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", c.contract());
    checks.required("from", c.from());
    return checks.result(c);
  }

  private static Either<DomainError, ListContractsQuery> validate(ListContractsQuery q) {
    FieldChecks checks = new FieldChecks();
    checks.required("provider", q.provider());
    checks.required("page", q.page());
    return checks.result(q);
  }
}
