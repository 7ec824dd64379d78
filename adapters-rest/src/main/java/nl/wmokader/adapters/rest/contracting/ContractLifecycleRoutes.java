package nl.wmokader.adapters.rest.contracting;

import static java.util.Objects.requireNonNull;
import static nl.wmokader.adapters.rest.contracting.ContractRoutes.command;
import static nl.wmokader.adapters.rest.contracting.ContractRoutes.contractId;

import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.core.contracting.port.in.ActivateContractCommand;
import nl.wmokader.core.contracting.port.in.ActivateContractUseCase;
import nl.wmokader.core.contracting.port.in.ReactivateContractCommand;
import nl.wmokader.core.contracting.port.in.ReactivateContractUseCase;
import nl.wmokader.core.contracting.port.in.SuspendContractUseCase;

/**
 * A contract's lifecycle steps after admission, as sub-resources: {@code activation},
 * {@code suspension} and {@code reactivation}. Region staff only.
 */
public final class ContractLifecycleRoutes implements ApiRoutes {
  private final ActivateContractUseCase activate;
  private final SuspendContractUseCase suspend;
  private final ReactivateContractUseCase reactivate;

  public ContractLifecycleRoutes(ActivateContractUseCase activate, SuspendContractUseCase suspend,
      ReactivateContractUseCase reactivate) {
    this.activate = requireNonNull(activate, "activate");
    this.suspend = requireNonNull(suspend, "suspend");
    this.reactivate = requireNonNull(reactivate, "reactivate");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/contracts/{contractId}/activation", call -> call.respond(contractId(call)
        .flatMap(id -> activate.activateContract(call.actor(), new ActivateContractCommand(id)))
        .map(ContractDto::from)));

    router.post("/contracts/{contractId}/suspension", call -> call.respond(command(call, SuspensionRequest.class)
        .flatMap(command -> suspend.suspendContract(call.actor(), command))
        .map(ContractDto::from)));

    router.post("/contracts/{contractId}/reactivation", call -> call.respond(contractId(call)
        .flatMap(id -> reactivate.reactivateContract(call.actor(), new ReactivateContractCommand(id)))
        .map(ContractDto::from)));
  }
}
