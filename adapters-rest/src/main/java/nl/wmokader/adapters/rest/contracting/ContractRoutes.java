package nl.wmokader.adapters.rest.contracting;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import java.util.UUID;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.AddLotUseCase;
import nl.wmokader.core.contracting.port.in.ContractProviderUseCase;
import nl.wmokader.core.contracting.port.in.GetContractUseCase;
import nl.wmokader.core.contracting.port.in.ImposeClientStopUseCase;
import nl.wmokader.core.contracting.port.in.LiftClientStopUseCase;
import nl.wmokader.core.contracting.port.in.ListContractsQuery;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.contracting.port.in.TerminateContractUseCase;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.PageRequest;

/**
 * Contracts under the open-house system: {@code /contracts} (a provider's, contract one),
 * {@code /contracts/{contractId}}, and the changes as sub-resources: {@code lots},
 * {@code termination}, {@code client-stops} and {@code client-stop-lifts}. Changes are the region's
 * staff's; the region's and members' staff and supervisors read every contract, a provider's staff
 * only their own (another's answers 404).
 */
public final class ContractRoutes implements ApiRoutes {
  private final ListContractsUseCase listContracts;
  private final GetContractUseCase getContract;
  private final ContractProviderUseCase contractProvider;
  private final AddLotUseCase addLot;
  private final TerminateContractUseCase terminateContract;
  private final ImposeClientStopUseCase imposeClientStop;
  private final LiftClientStopUseCase liftClientStop;

  public ContractRoutes(ListContractsUseCase listContracts, GetContractUseCase getContract,
      ContractProviderUseCase contractProvider, AddLotUseCase addLot, TerminateContractUseCase terminateContract,
      ImposeClientStopUseCase imposeClientStop, LiftClientStopUseCase liftClientStop) {
    this.listContracts = requireNonNull(listContracts, "listContracts");
    this.getContract = requireNonNull(getContract, "getContract");
    this.contractProvider = requireNonNull(contractProvider, "contractProvider");
    this.addLot = requireNonNull(addLot, "addLot");
    this.terminateContract = requireNonNull(terminateContract, "terminateContract");
    this.imposeClientStop = requireNonNull(imposeClientStop, "imposeClientStop");
    this.liftClientStop = requireNonNull(liftClientStop, "liftClientStop");
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/contracts", call -> {
      FieldChecks check = new FieldChecks();
      AgbCode provider = check.valid(AgbCode.validate("provider", call.query("provider").getOrNull()));
      PageRequest page = call.page(check);
      call.respond(check.resultFrom(() -> new ListContractsQuery(provider, page))
          .flatMap(query -> listContracts.listContracts(call.actor(), query))
          .map(p -> PageDto.of(p, ContractDto::from, call)));
    });

    router.post("/contracts", call -> call.created(call.command(ContractProviderRequest.class)
        .flatMap(command -> contractProvider.contractProvider(call.actor(), command))
        .map(ContractDto::from), contract -> "/contracts/" + contract.id()));

    router.get("/contracts/{contractId}", call -> call.respond(contractId(call)
        .flatMap(id -> getContract.getContract(call.actor(), id))
        .map(ContractDto::from)));

    router.post("/contracts/{contractId}/lots", call -> call.respond(
        command(call, AddLotRequest.class).flatMap(command -> addLot.addLot(call.actor(), command))
            .map(ContractDto::from)));

    router.post("/contracts/{contractId}/termination", call -> call.respond(
        command(call, TerminateContractRequest.class)
            .flatMap(command -> terminateContract.terminateContract(call.actor(), command))
            .map(ContractDto::from)));

    router.post("/contracts/{contractId}/client-stops", call -> call.respond(
        command(call, ImposeClientStopRequest.class)
            .flatMap(command -> imposeClientStop.imposeClientStop(call.actor(), command))
            .map(ContractDto::from)));

    router.post("/contracts/{contractId}/client-stop-lifts", call -> call.respond(
        command(call, LiftClientStopRequest.class)
            .flatMap(command -> liftClientStop.liftClientStop(call.actor(), command))
            .map(ContractDto::from)));
  }

  /** The contract id in the path, or a 400 naming {@code contractId}. */
  static Either<DomainError, ContractId> contractId(ApiCall call) {
    FieldChecks check = new FieldChecks();
    UUID id = check.uuid("contractId", call.pathParam("contractId"));
    return check.resultFrom(() -> new ContractId(id));
  }

  /** The command for the contract in the path, from a body that still needs the contract's id; the path first. */
  static <C, R extends ApiRequest<Function<ContractId, C>>> Either<DomainError, C> command(
      ApiCall call, Class<R> requestType) {
    return contractId(call).flatMap(id -> call.command(requestType).map(partial -> partial.apply(id)));
  }
}
