package nl.wmokader.adapters.rest.supervision;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.InputResults;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.port.in.DecideOnSignalUseCase;
import nl.wmokader.core.supervision.port.in.ListSignalsQuery;
import nl.wmokader.core.supervision.port.in.ListSignalsUseCase;
import nl.wmokader.core.supervision.port.in.RecordSignalUseCase;

/**
 * The signal register: {@code POST /signals} records one (the region's staff, a member's staff,
 * supervisors: 201), {@code GET /signals} lists them (filter provider; the region's staff and
 * supervisors, since a signal may hold a client's story), {@code POST /signals/{signalId}/decision}
 * links an open signal to an investigation or dismisses it (200 with the signal). A signal is read
 * in the list: it has no resource of its own to point a Location at.
 */
public final class SignalRoutes implements ApiRoutes {
  private final RecordSignalUseCase record;
  private final DecideOnSignalUseCase decide;
  private final ListSignalsUseCase list;

  public SignalRoutes(RecordSignalUseCase record, DecideOnSignalUseCase decide, ListSignalsUseCase list) {
    this.record = requireNonNull(record, "record");
    this.decide = requireNonNull(decide, "decide");
    this.list = requireNonNull(list, "list");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/signals", call -> call.respond(201, call.command(RecordSignalRequest.class)
        .flatMap(command -> record.recordSignal(call.actor(), command))
        .map(SignalDto::from)));

    router.get("/signals", call -> {
      FieldChecks check = new FieldChecks();
      AgbCode provider = SupervisionParams.providerFilter(check, call);
      PageRequest page = call.page(check);
      call.respond(check.resultFrom(() -> new ListSignalsQuery(Option.of(provider), page))
          .flatMap(query -> list.listSignals(call.actor(), query))
          .map(p -> PageDto.of(p, SignalDto::from, call)));
    });

    router.post("/signals/{signalId}/decision", call -> {
      FieldChecks check = new FieldChecks();
      UUID id = SupervisionParams.uuid(check, call, "signalId");
      call.respond(InputResults.both(check.resultFrom(() -> new SignalId(id)),
              call.command(SignalDecisionRequest.class), (signal, command) -> command.apply(signal))
          .flatMap(command -> decide.decideOnSignal(call.actor(), command))
          .map(SignalDto::from));
    });
  }
}
