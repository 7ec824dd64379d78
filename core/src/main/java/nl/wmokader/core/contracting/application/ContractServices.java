package nl.wmokader.core.contracting.application;

import static java.util.Objects.requireNonNull;
import static nl.wmokader.core.contracting.application.ContractChanges.change;
import static nl.wmokader.core.contracting.application.ContractChanges.inCatalogue;
import static nl.wmokader.core.contracting.application.ContractChanges.sees;
import static nl.wmokader.core.contracting.application.ContractChanges.validated;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.domain.OpenHouseTerms;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.port.in.ActivateContractCommand;
import nl.wmokader.core.contracting.port.in.ActivateContractUseCase;
import nl.wmokader.core.contracting.port.in.AddLotCommand;
import nl.wmokader.core.contracting.port.in.AddLotUseCase;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.ContractProviderUseCase;
import nl.wmokader.core.contracting.port.in.FindContractsUseCase;
import nl.wmokader.core.contracting.port.in.GetContractUseCase;
import nl.wmokader.core.contracting.port.in.ImposeClientStopCommand;
import nl.wmokader.core.contracting.port.in.ImposeClientStopUseCase;
import nl.wmokader.core.contracting.port.in.LiftClientStopCommand;
import nl.wmokader.core.contracting.port.in.LiftClientStopUseCase;
import nl.wmokader.core.contracting.port.in.ListContractsQuery;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.contracting.port.in.ReactivateContractCommand;
import nl.wmokader.core.contracting.port.in.ReactivateContractUseCase;
import nl.wmokader.core.contracting.port.in.SuspendContractCommand;
import nl.wmokader.core.contracting.port.in.SuspendContractUseCase;
import nl.wmokader.core.contracting.port.in.TerminateContractCommand;
import nl.wmokader.core.contracting.port.in.TerminateContractUseCase;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.shared.Commands;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;

/**
 * The contract use cases: concluding a contract directly, its lots, lifecycle steps after admission
 * (activation, suspension, reactivation, termination) and client stops. Changes are the region's
 * staff's (the central municipality contracts for all members); reading is open to every role, a
 * provider's staff seeing only their own.
 */
public final class ContractServices implements FindContractsUseCase, ContractProviderUseCase, AddLotUseCase, TerminateContractUseCase,
    ImposeClientStopUseCase, LiftClientStopUseCase, GetContractUseCase, ListContractsUseCase, ActivateContractUseCase,
    SuspendContractUseCase, ReactivateContractUseCase {

  /** Who imposes and lifts client stops: the region's staff and every member's (the contract is the region's). */
  private static final java.util.Set<Actor.Role> CLIENT_STOPPERS =
      java.util.Collections.unmodifiableSet(java.util.EnumSet.of(Actor.Role.REGION, Actor.Role.MUNICIPALITY));

  private final ProviderRepository providers;
  private final ContractRepository contracts;
  private final FindProductUseCase catalogue;
  private final OpenHouseTerms terms;
  private final Clock clock;
  private final AccessPolicy access;
  private final IdGenerator ids;

  /** With the reference region's open-house terms. */
  public ContractServices(ProviderRepository providers, ContractRepository contracts, FindProductUseCase catalogue,
      Clock clock, IdGenerator ids, AccessPolicy access) {
    this(providers, contracts, catalogue, OpenHouseTerms.reference(), clock, ids, access);
  }

  public ContractServices(ProviderRepository providers, ContractRepository contracts, FindProductUseCase catalogue,
      OpenHouseTerms terms, Clock clock, IdGenerator ids, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.providers = requireNonNull(providers, "providers");
    this.contracts = requireNonNull(contracts, "contracts");
    this.catalogue = requireNonNull(catalogue, "catalogue");
    this.terms = requireNonNull(terms, "terms");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public Either<DomainError, Contract> contractProvider(Actor actor, ContractProviderCommand command) {
    return access.require(actor, "contract a provider", Actor.Role.REGION)
        .flatMap(ok -> validated(command, ContractProviderCommand::validated))
        .flatMap(cmd -> providers.findByAgb(cmd.provider())
            .<DomainError>toEither(() -> new CommonError.NotFound("Provider", cmd.provider().value()))
            .flatMap(provider -> noContractInForceDuring(contracts, cmd.provider(), cmd.period()))
            .flatMap(ok -> Either.<DomainError, Contract>narrow(Contract.open(
                new ContractId(ids.next()), cmd.provider(), cmd.period(), lotsOf(cmd), terms.checklist()))))
        .flatMap(contract -> inCatalogue(catalogue, actor, contract.lots()).map(ok -> contract))
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> addLot(Actor actor, AddLotCommand command) {
    return access.require(actor, "add a lot", Actor.Role.REGION)
        .flatMap(ok -> validated(command, AddLotCommand::validated))
        .flatMap(cmd -> {
          Lot lot = toLot(cmd.lot());
          return change(access, contracts, actor, cmd.contract(), c -> c.addLot(lot))
              .flatMap(changed -> inCatalogue(catalogue, actor, List.of(lot)).map(ok -> changed));
        })
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> activateContract(Actor actor, ActivateContractCommand command) {
    return regionStep(actor, "activate a contract", command, ActivateContractCommand::validated,
        ActivateContractCommand::contract, (cmd, c) -> c.activate());
  }

  @Override
  public Either<DomainError, Contract> suspendContract(Actor actor, SuspendContractCommand command) {
    return regionStep(actor, "suspend a contract", command, SuspendContractCommand::validated,
        SuspendContractCommand::contract, (cmd, c) -> c.suspend(cmd.reason(), today()));
  }

  @Override
  public Either<DomainError, Contract> reactivateContract(Actor actor, ReactivateContractCommand command) {
    return regionStep(actor, "reactivate a contract", command, ReactivateContractCommand::validated,
        ReactivateContractCommand::contract, (cmd, c) -> c.reactivate());
  }

  @Override
  public Either<DomainError, Contract> terminateContract(Actor actor, TerminateContractCommand command) {
    return regionStep(actor, "terminate a contract", command, TerminateContractCommand::validated,
        TerminateContractCommand::contract, (cmd, c) -> c.terminate(cmd.from(), today()));
  }

  @Override
  public Either<DomainError, Contract> imposeClientStop(Actor actor, ImposeClientStopCommand command) {
    // a member may stop new assignments on signals of fraud, poor quality or unsafety (DOMAIN §6)
    return step(actor, "impose a client stop", CLIENT_STOPPERS, command, ImposeClientStopCommand::validated,
        ImposeClientStopCommand::contract,
        (cmd, c) -> c.imposeClientStop(new ClientStop(cmd.period(), cmd.reason()), today()));
  }

  @Override
  public Either<DomainError, Contract> liftClientStop(Actor actor, LiftClientStopCommand command) {
    return step(actor, "lift a client stop", CLIENT_STOPPERS, command, LiftClientStopCommand::validated,
        LiftClientStopCommand::contract, (cmd, c) -> c.liftClientStop(cmd.from(), today()));
  }

  /**
   * A step the region's staff take on one contract: the role, the command's second round, then
   * {@code step} on the contract it names (as the actor sees it), stored.
   */
  private <C> Either<DomainError, Contract> regionStep(Actor actor, String action, C command,
      Function<C, Either<DomainError, C>> secondRound, Function<C, ContractId> contract,
      BiFunction<C, Contract, Either<ContractingError, Contract>> step) {
    return step(actor, action, java.util.EnumSet.of(Actor.Role.REGION), command, secondRound, contract, step);
  }

  /** {@link #regionStep} for the roles {@code allowed}. */
  private <C> Either<DomainError, Contract> step(Actor actor, String action, java.util.Set<Actor.Role> allowed,
      C command, Function<C, Either<DomainError, C>> secondRound, Function<C, ContractId> contract,
      BiFunction<C, Contract, Either<ContractingError, Contract>> step) {
    return access.require(actor, action, allowed)
        .flatMap(ok -> validated(command, secondRound))
        .flatMap(cmd -> change(access, contracts, actor, contract.apply(cmd), c -> step.apply(cmd, c)))
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> getContract(Actor actor, ContractId id) {
    Either<DomainError, Actor> party = access.requireParty(actor, "read contracts");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    if (id == null) {
      return Either.left(InvalidInput.of("id", "required", "is required"));
    }
    return ContractChanges.visible(access, contracts, actor, id);
  }

  @Override
  public Either<DomainError, Seq<Contract>> findContracts(Actor actor, io.vavr.collection.Set<AgbCode> providers) {
    Either<DomainError, Actor> party = access.requireParty(actor, "list contracts");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    if (providers == null || providers.size() > FindContractsUseCase.MAX_PROVIDERS) {
      return Either.left(InvalidInput.of("providers", providers == null ? "required" : "too_many",
          providers == null ? "is required" : "at most " + FindContractsUseCase.MAX_PROVIDERS));
    }
    return Either.right(contracts.findByProviders(providers).filter(c -> sees(access, actor, c)));
  }

  @Override
  public Either<DomainError, Page<Contract>> listContracts(Actor actor, ListContractsQuery query) {
    Either<DomainError, Actor> party = access.requireParty(actor, "list contracts");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    return Commands.checked("query", query, ContractServices::validate).flatMap(q -> {
      Seq<Contract> own = contracts.findByProvider(q.provider());
      // a provider with contracts is registered: the registry is asked only when there are none
      // (claims ask for a provider's contracts on every claim)
      if (own.isEmpty() && providers.findByAgb(q.provider()).isEmpty()) {
        return Either.left(new CommonError.NotFound("Provider", q.provider().value()));
      }
      return Either.right(Page.of(own.filter(c -> sees(access, actor, c)), q.page()));
    });
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** {@code ContractsOverlap} when the provider has a contract (or application) holding on a day of {@code period}. */
  static Either<DomainError, Boolean> noContractInForceDuring(ContractRepository contracts,
      AgbCode provider, DateRange period) {
    Option<Contract> clash = contracts.findByProvider(provider)
        .find(c -> c.inForce().exists(days -> days.overlaps(period)));
    return clash.isDefined()
        ? Either.left(new ContractingError.ContractsOverlap(provider, clash.get().id(), period))
        : Either.right(true);
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

  private static Either<DomainError, ListContractsQuery> validate(ListContractsQuery q) {
    FieldChecks checks = new FieldChecks();
    checks.required("provider", q.provider());
    checks.required("page", q.page());
    return checks.result(q);
  }
}
