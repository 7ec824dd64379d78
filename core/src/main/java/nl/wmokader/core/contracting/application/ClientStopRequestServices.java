package nl.wmokader.core.contracting.application;

import static java.util.Objects.requireNonNull;
import static nl.wmokader.core.contracting.application.ContractChanges.change;
import static nl.wmokader.core.contracting.application.ContractChanges.validated;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.ClientStopRequest;
import nl.wmokader.core.contracting.domain.ClientStopRequestId;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.port.in.DecideOnClientStopRequestCommand;
import nl.wmokader.core.contracting.port.in.DecideOnClientStopRequestUseCase;
import nl.wmokader.core.contracting.port.in.RequestClientStopCommand;
import nl.wmokader.core.contracting.port.in.RequestClientStopUseCase;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.IdGenerator;

/**
 * A provider's own requests for a client stop, and the region's decisions on them: the stop a
 * provider asks for is in force only with the region's consent.
 */
public final class ClientStopRequestServices implements RequestClientStopUseCase, DecideOnClientStopRequestUseCase {

  private final ContractRepository contracts;
  private final Clock clock;
  private final IdGenerator ids;
  private final AccessPolicy access;

  public ClientStopRequestServices(ContractRepository contracts, Clock clock, IdGenerator ids, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.contracts = requireNonNull(contracts, "contracts");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public Either<DomainError, Contract> requestClientStop(Actor actor, RequestClientStopCommand command) {
    return access.require(actor, "request a client stop", Actor.Role.PROVIDER)
        .flatMap(ok -> validated(command, RequestClientStopCommand::validated))
        .flatMap(cmd -> change(access, contracts, actor, cmd.contract(), c -> c.requestClientStop(ClientStopRequest.pending(
            new ClientStopRequestId(ids.next()), cmd.period(), cmd.explanation().strip(), today()), today())))
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> decideOnClientStopRequest(Actor actor, DecideOnClientStopRequestCommand command) {
    return access.require(actor, "decide on a client-stop request", Actor.Role.REGION)
        .flatMap(ok -> validated(command, DecideOnClientStopRequestCommand::validated))
        .flatMap(cmd -> ContractChanges.visible(access, contracts, actor, cmd.contract())
            .flatMap(c -> c.clientStopRequest(cmd.request()).isDefined()
                ? Either.right(c)
                : Either.left(new CommonError.NotFound("Client-stop request", cmd.request().toString())))
            .flatMap(c -> Either.<DomainError, Contract>narrow(c.decideOnClientStopRequest(cmd.request(), cmd.consent(), today()))))
        .flatMap(contracts::save);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
