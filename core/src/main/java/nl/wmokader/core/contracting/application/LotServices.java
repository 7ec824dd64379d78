package nl.wmokader.core.contracting.application;

import static java.util.Objects.requireNonNull;
import static nl.wmokader.core.contracting.application.ContractChanges.change;
import static nl.wmokader.core.contracting.application.ContractChanges.validated;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.contracting.domain.ClaimMoments;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.domain.WaitingTimeNorm;
import nl.wmokader.core.contracting.port.in.ClaimMomentsInput;
import nl.wmokader.core.contracting.port.in.IndexTariffCommand;
import nl.wmokader.core.contracting.port.in.IndexTariffUseCase;
import nl.wmokader.core.contracting.port.in.SetClaimMomentsCommand;
import nl.wmokader.core.contracting.port.in.SetClaimMomentsUseCase;
import nl.wmokader.core.contracting.port.in.SetLotTariffCommand;
import nl.wmokader.core.contracting.port.in.SetLotTariffUseCase;
import nl.wmokader.core.contracting.port.in.SetWaitingTimeNormCommand;
import nl.wmokader.core.contracting.port.in.SetWaitingTimeNormUseCase;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * The terms of a contract's lots and of the contract itself: own tariffs, indexation, claim moments
 * and the waiting-time norm. Region staff only.
 */
public final class LotServices implements SetLotTariffUseCase, IndexTariffUseCase, SetClaimMomentsUseCase,
    SetWaitingTimeNormUseCase {

  private final ContractRepository contracts;
  private final FindProductUseCase catalogue;
  private final Clock clock;
  private final AccessPolicy access;

  public LotServices(ContractRepository contracts, FindProductUseCase catalogue, Clock clock, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.contracts = requireNonNull(contracts, "contracts");
    this.catalogue = requireNonNull(catalogue, "catalogue");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Either<DomainError, Contract> setLotTariff(Actor actor, SetLotTariffCommand command) {
    return access.require(actor, "set a lot's tariff", Actor.Role.REGION)
        .flatMap(ok -> validated(command, SetLotTariffCommand::validated))
        .flatMap(cmd -> change(access, contracts, actor, cmd.contract(),
            c -> c.setLotTariff(cmd.product(), cmd.from(), cmd.tariff(), today())))
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> indexTariff(Actor actor, IndexTariffCommand command) {
    return access.require(actor, "index a tariff", Actor.Role.REGION)
        .flatMap(ok -> validated(command, IndexTariffCommand::validated))
        .flatMap(cmd -> change(access, contracts, actor, cmd.contract(),
            c -> c.indexTariff(cmd.product(), cmd.from(), cmd.rate(), today())))
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> setClaimMoments(Actor actor, SetClaimMomentsCommand command) {
    return access.require(actor, "set claim moments", Actor.Role.REGION)
        .flatMap(ok -> validated(command, SetClaimMomentsCommand::validated))
        .flatMap(cmd -> {
          ClaimMomentsInput m = cmd.moments();
          ClaimMoments moments = new ClaimMoments(m.kind(), Option.of(m.period()),
              m.milestones() == null ? List.empty() : List.ofAll(m.milestones()).map(String::strip));
          return change(access, contracts, actor, cmd.contract(), c -> c.setClaimMoments(cmd.product(), cmd.on(), Option.some(moments)))
              .flatMap(changed -> outputBased(actor, changed, cmd).map(ok -> changed));
        })
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> setWaitingTimeNorm(Actor actor, SetWaitingTimeNormCommand command) {
    return access.require(actor, "set a waiting-time norm", Actor.Role.REGION)
        .flatMap(ok -> validated(command, SetWaitingTimeNormCommand::validated))
        .flatMap(cmd -> change(access, contracts, actor, cmd.contract(), c -> c.setWaitingTimeNorm(new WaitingTimeNorm(cmd.maxDays()))))
        .flatMap(contracts::save);
  }

  /** Claim moments belong to a product that is output-based on the lot's first day. */
  private Either<DomainError, Boolean> outputBased(Actor actor, Contract changed, SetClaimMomentsCommand cmd) {
    LocalDate first = changed.lots().find(l -> l.covers(cmd.product(), cmd.on())).get().validity().start();
    return ContractChanges.product(catalogue, actor, cmd.product(), first)
        .flatMap(version -> version.variant() == ExecutionVariant.OUTPUT_BASED
            ? Either.right(true)
            : Either.left(new ContractingError.ClaimMomentsNotApplicable(cmd.product(), version.variant())));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
