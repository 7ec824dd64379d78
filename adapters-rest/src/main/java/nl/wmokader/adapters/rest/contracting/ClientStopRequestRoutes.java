package nl.wmokader.adapters.rest.contracting;

import static java.util.Objects.requireNonNull;
import static nl.wmokader.adapters.rest.contracting.ContractRoutes.command;

import io.vavr.control.Either;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.core.contracting.domain.ClientStopRequestId;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.DecideOnClientStopRequestCommand;
import nl.wmokader.core.contracting.port.in.DecideOnClientStopRequestUseCase;
import nl.wmokader.core.contracting.port.in.RequestClientStopUseCase;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * A provider's {@code client-stop-requests} on its own contract, and the region's {@code consent}
 * or {@code refusal} of one: a requested stop is in force only once consented.
 */
public final class ClientStopRequestRoutes implements ApiRoutes {
  private final RequestClientStopUseCase request;
  private final DecideOnClientStopRequestUseCase decide;

  public ClientStopRequestRoutes(RequestClientStopUseCase request, DecideOnClientStopRequestUseCase decide) {
    this.request = requireNonNull(request, "request");
    this.decide = requireNonNull(decide, "decide");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/contracts/{contractId}/client-stop-requests", call -> call.respond(
        command(call, RequestClientStopRequest.class)
            .flatMap(command -> request.requestClientStop(call.actor(), command))
            .map(ContractDto::from)));

    router.post("/contracts/{contractId}/client-stop-requests/{requestId}/consent", call -> call.respond(
        decision(call, true).flatMap(command -> decide.decideOnClientStopRequest(call.actor(), command))
            .map(ContractDto::from)));

    router.post("/contracts/{contractId}/client-stop-requests/{requestId}/refusal", call -> call.respond(
        decision(call, false).flatMap(command -> decide.decideOnClientStopRequest(call.actor(), command))
            .map(ContractDto::from)));
  }

  private static Either<DomainError, DecideOnClientStopRequestCommand> decision(ApiCall call, boolean consent) {
    FieldChecks check = new FieldChecks();
    UUID contract = check.uuid("contractId", call.pathParam("contractId"));
    UUID requestId = check.uuid("requestId", call.pathParam("requestId"));
    return check.resultFrom(() -> new DecideOnClientStopRequestCommand(new ContractId(contract),
        new ClientStopRequestId(requestId), consent));
  }
}
