package nl.wmokader.core.supervision.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.port.in.ImposeClientStopCommand;
import nl.wmokader.core.contracting.port.in.ImposeClientStopUseCase;
import nl.wmokader.core.contracting.port.in.ListContractsQuery;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.contracting.port.in.SuspendContractCommand;
import nl.wmokader.core.contracting.port.in.SuspendContractUseCase;
import nl.wmokader.core.contracting.port.in.TerminateContractCommand;
import nl.wmokader.core.contracting.port.in.TerminateContractUseCase;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryCommand;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryUseCase;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.port.out.SignalRepository;

/**
 * What a measure decided in an investigation does to other subdomains, through their use cases: a
 * client stop, a suspension or a termination of the provider's contract, a recovery of amounts paid
 * unduly in each member's settlement. A measure is checked before it is stored ({@link #actedOn}),
 * applied after ({@link #apply}) and, after a failure in between, applied again idempotently
 * ({@link #retry}).
 */
final class MeasureEffects {

  /** A field settlement names in the {@code i}-th of several recoveries: {@code [i].field}. */
  private static final Pattern PART_FIELD = Pattern.compile("\\[(\\d+)]\\.(\\w+)");
  private static final String RECOVERY_REASON = "Recovery after supervision investigation ";

  private final ListContractsUseCase contracts;
  private final ImposeClientStopUseCase clientStops;
  private final SuspendContractUseCase suspensions;
  private final TerminateContractUseCase terminations;
  private final RegisterRecoveryUseCase recoveries;
  private final SignalRepository signals;

  MeasureEffects(ListContractsUseCase contracts, ImposeClientStopUseCase clientStops,
                 SuspendContractUseCase suspensions, TerminateContractUseCase terminations,
                 RegisterRecoveryUseCase recoveries, SignalRepository signals) {
    this.contracts = requireNonNull(contracts, "contracts");
    this.clientStops = requireNonNull(clientStops, "clientStops");
    this.suspensions = requireNonNull(suspensions, "suspensions");
    this.terminations = requireNonNull(terminations, "terminations");
    this.recoveries = requireNonNull(recoveries, "recoveries");
    this.signals = requireNonNull(signals, "signals");
  }

  /**
   * The contract the last outcome of {@code next} acts on (none for an outcome that acts on no
   * contract), once everything it will act on is there: a contract in force, every recovery part
   * one settlement takes. Nothing is stored.
   */
  Either<DomainError, Option<Contract>> actedOn(Investigation current, Investigation next, LocalDate today) {
    Outcome outcome = next.outcomes().last();
    return measureContract(current, outcome, today)
        .flatMap(contract -> recoveriesTaken(next, next.outcomes().size() - 1, today).map(ok -> contract));
  }

  /** Applies the outcome at {@code index} of the stored investigation. */
  Either<DomainError, Investigation> apply(Investigation saved, int index, Option<Contract> contract, LocalDate today) {
    return effect(saved, index, contract, today);
  }

  /** The measure at {@code index} decided before, applied again where it has not taken effect. */
  Either<DomainError, Investigation> retry(Investigation current, int index, LocalDate today) {
    Outcome outcome = current.outcomes().get(index);
    if (outcome instanceof Outcome.ContractSuspension || outcome instanceof Outcome.ContractTermination
        || outcome instanceof Outcome.ClientStop) {
      Either<DomainError, Seq<Contract>> all = Page.all(page -> contracts.listContracts(Actor.region(),
          new ListContractsQuery(current.provider(), page)));
      if (all.isLeft()) {
        return Either.left(all.getLeft());
      }
      if (applied(all.get(), outcome)) {
        return Either.right(current);
      }
      return measureContract(current, outcome, today).flatMap(contract -> effect(current, index, contract, today));
    }
    return effect(current, index, Option.none(), today);
  }

  /** Whether the contract measure already took effect on one of the provider's contracts. */
  private static boolean applied(Seq<Contract> contracts, Outcome outcome) {
    if (outcome instanceof Outcome.ClientStop) {
      Outcome.ClientStop stop = (Outcome.ClientStop) outcome;
      DateRange period = DateRange.of(stop.from(), stop.until());
      return contracts.exists(k -> k.clientStops().exists(s -> s.period().equals(period)));
    }
    if (outcome instanceof Outcome.ContractSuspension) {
      return contracts.exists(k -> k.status() == ContractStatus.SUSPENDED);
    }
    LocalDate from = ((Outcome.ContractTermination) outcome).from();
    return contracts.exists(k -> k.terminatedFrom().contains(from));
  }

  /** The provider's contract the measure acts on; none for an outcome that acts on no contract. */
  private Either<DomainError, Option<Contract>> measureContract(Investigation investigation, Outcome outcome, LocalDate today) {
    Option<LocalDate> on;
    if (outcome instanceof Outcome.ClientStop) {
      on = Option.some(((Outcome.ClientStop) outcome).from());
    } else if (outcome instanceof Outcome.ContractSuspension) {
      LocalDate from = ((Outcome.ContractSuspension) outcome).from();
      if (!from.equals(today)) {
        return Either.left(InvalidInput.of("outcome.from", "not_today",
            "a contract is suspended from the day it is decided: decide a later suspension on its first day"));
      }
      on = Option.some(from);
    } else if (outcome instanceof Outcome.ContractTermination) {
      on = Option.some(today);
    } else {
      return Either.right(Option.none());
    }
    LocalDate day = on.get();
    // Only a contract in effect (active or suspended) takes a measure; an application is withdrawn, not sanctioned.
    return Page.<Contract>all(page -> contracts.listContracts(Actor.region(),
            new ListContractsQuery(investigation.provider(), page)))
        .flatMap(all -> all.filter(k -> (k.status() == ContractStatus.ACTIVE || k.status() == ContractStatus.SUSPENDED)
                && k.inForceOn(day)).headOption()
            .map(k -> Either.<DomainError, Option<Contract>>right(Option.some(k)))
            .getOrElse(() -> Either.left(InvalidInput.of("outcome", "no_contract",
                "the provider has no contract in force on " + day + " for the measure to act on"))));
  }

  private Either<DomainError, Investigation> effect(Investigation saved, int index, Option<Contract> contract, LocalDate today) {
    Outcome outcome = saved.outcomes().get(index);
    Actor region = Actor.region();
    if (outcome instanceof Outcome.ClientStop) {
      Outcome.ClientStop stop = (Outcome.ClientStop) outcome;
      return clientStops.imposeClientStop(region, new ImposeClientStopCommand(contract.get().id(),
          DateRange.of(stop.from(), stop.until()), reason(saved))).map(ok -> saved);
    }
    if (outcome instanceof Outcome.ContractSuspension) {
      return suspensions.suspendContract(region, new SuspendContractCommand(contract.get().id(), reason(saved)))
          .map(ok -> saved);
    }
    if (outcome instanceof Outcome.ContractTermination) {
      return terminations.terminateContract(region, new TerminateContractCommand(contract.get().id(),
          ((Outcome.ContractTermination) outcome).from())).map(ok -> saved);
    }
    if (outcome instanceof Outcome.Recovery) {
      return partsNamed(recoveries.registerRecoveries(region, recoveryCommands(saved, index, today))).map(ok -> saved);
    }
    return Either.right(saved);
  }

  /** Whether settlement would take every part of the recovery at {@code index}, if it is one, storing nothing. */
  private Either<DomainError, Investigation> recoveriesTaken(Investigation investigation, int index, LocalDate today) {
    if (!(investigation.outcomes().get(index) instanceof Outcome.Recovery)) {
      return Either.right(investigation);
    }
    return partsNamed(recoveries.checkRecoveries(Actor.region(), recoveryCommands(investigation, index, today)))
        .map(ok -> investigation);
  }

  /** The recovery at {@code index} as settlement registers it: a command per part, in the parts' order. */
  private static Seq<RegisterRecoveryCommand> recoveryCommands(Investigation investigation, int index, LocalDate today) {
    Seq<Outcome.Recovery.Part> parts = ((Outcome.Recovery) investigation.outcomes().get(index)).parts();
    YearMonth month = YearMonth.from(today);
    return parts.zipWithIndex().map(p -> new RegisterRecoveryCommand(investigation.provider(), p._1.member(), month,
        p._1.amount().cents(), RECOVERY_REASON + investigation.id(), InvestigationServices.recoveryReference(investigation.id(), index, p._2)));
  }

  /**
   * Settlement's field errors on the commands ({@code [i].member}) named as the outcome names them
   * ({@code outcome.parts[i].member}); the fields the outcome does not carry name the outcome.
   */
  private static <T> Either<DomainError, T> partsNamed(Either<DomainError, T> result) {
    if (result.isRight() || !(result.getLeft() instanceof InvalidInput)) {
      return result;
    }
    Seq<FieldError> named = ((InvalidInput) result.getLeft()).errors().map(e -> {
      var m = PART_FIELD.matcher(e.field());
      if (!m.matches()) {
        return new FieldError("outcome", e.code(), e.message());
      }
      String field = switch (m.group(2)) {
        case "member" -> "member";
        case "amountCents" -> "amount";
        default -> null;
      };
      return field == null ? new FieldError("outcome", e.code(), e.field() + " " + e.message())
          : new FieldError("outcome.parts[" + m.group(1) + "]." + field, e.code(), e.message());
    });
    return Either.left(new InvalidInput(named));
  }



  /** Lawfulness is about fraud; a critical signal about safety; else quality. */
  private ClientStopReason reason(Investigation investigation) {
    if (investigation.scope() == InvestigationScope.LAWFULNESS) {
      return ClientStopReason.FRAUD_SIGNALS;
    }
    if (investigation.trigger() instanceof InvestigationTrigger.SignalDriven
        && ((InvestigationTrigger.SignalDriven) investigation.trigger()).signals().flatMap(signals::findById)
            .exists(s -> s.severity() == SignalSeverity.CRITICAL)) {
      return ClientStopReason.SAFETY_SIGNALS;
    }
    return ClientStopReason.QUALITY_SIGNALS;
  }
}
