package nl.wmokader.core.supervision.application;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Commands;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationError;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.port.in.DecideOnSignalCommand;
import nl.wmokader.core.supervision.port.in.DecideOnSignalUseCase;
import nl.wmokader.core.supervision.port.in.ListSignalsQuery;
import nl.wmokader.core.supervision.port.in.ListSignalsUseCase;
import nl.wmokader.core.supervision.port.in.RecordSignalCommand;
import nl.wmokader.core.supervision.port.in.RecordSignalUseCase;
import nl.wmokader.core.supervision.port.out.InvestigationRepository;
import nl.wmokader.core.supervision.port.out.SignalRepository;

/** The signal register: signals come in, and are linked to an investigation or dismissed. */
public final class SignalServices implements RecordSignalUseCase, DecideOnSignalUseCase, ListSignalsUseCase {

  private final SignalRepository signals;
  private final InvestigationRepository investigations;
  private final GetProviderUseCase providers;
  private final Clock clock;
  private final IdGenerator ids;
  private final AccessPolicy access;

  public SignalServices(SignalRepository signals, InvestigationRepository investigations, GetProviderUseCase providers,
                        Clock clock, IdGenerator ids, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.signals = requireNonNull(signals, "signals");
    this.investigations = requireNonNull(investigations, "investigations");
    this.providers = requireNonNull(providers, "providers");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public Either<DomainError, Signal> recordSignal(Actor actor, RecordSignalCommand command) {
    return access.require(actor, "record signals", Actor.Role.REGION, Actor.Role.MUNICIPALITY, Actor.Role.SUPERVISOR)
        .flatMap(a -> command == null ? Either.left(InvalidInput.of("signal", "required", "is required")) : Either.right(command))
        .flatMap(c -> {
          LocalDate today = LocalDate.now(clock);
          LocalDate receivedOn = c.receivedOn() == null ? today : c.receivedOn();
          FieldChecks fields = new FieldChecks();
          Support.registeredProvider(fields, providers, c.provider());
          fields.required("source", c.source());
          fields.required("severity", c.severity());
          Support.text(fields, "description", c.description(), Signal.MAX_TEXT_LENGTH);
          fields.check(!receivedOn.isAfter(today), "receivedOn", "in_future", "must not lie in the future");
          return fields.resultFrom(() -> Signal.received(new SignalId(ids.next()), c.provider(), c.source(),
              c.description(), receivedOn, c.severity()));
        })
        .flatMap(signals::save);
  }

  @Override
  public Either<DomainError, Signal> decideOnSignal(Actor actor, DecideOnSignalCommand command) {
    return access.require(actor, "decide on signals", Actor.Role.REGION, Actor.Role.SUPERVISOR)
        .flatMap(a -> Commands.checked("decision", command, c -> c.validated()))
        .flatMap(c -> signals.findById(c.signal())
            .toEither(() -> (DomainError) new CommonError.NotFound("signal", c.signal().toString()))
            .flatMap(signal -> decide(signal, c, LocalDate.now(clock))))
        .flatMap(signals::save);
  }

  private Either<DomainError, Signal> decide(Signal signal, DecideOnSignalCommand c, LocalDate today) {
    if (c.investigation() == null) {
      return signal.dismiss(c.dismissalReason(), today).mapLeft(e -> e);
    }
    Option<Investigation> found = investigations.findById(c.investigation());
    if (found.isEmpty()) {
      return Either.left(new CommonError.NotFound("investigation", c.investigation().toString()));
    }
    Investigation investigation = found.get();
    if (!investigation.provider().equals(signal.provider())) {
      return Either.left(InvalidInput.of("investigation", "other_provider", "must be about the signal's provider"));
    }
    if (investigation.status() == InvestigationStatus.CLOSED) {
      return Either.left(new InvestigationError.Closed(investigation.id()));
    }
    return signal.linkTo(investigation.id(), today).mapLeft(e -> e);
  }

  @Override
  public Either<DomainError, Page<Signal>> listSignals(Actor actor, ListSignalsQuery query) {
    return access.require(actor, "list signals", Actor.Role.REGION, Actor.Role.SUPERVISOR)
        .flatMap(a -> query == null || query.page() == null || query.provider() == null
            ? Either.left(InvalidInput.of("page", "required", "is required"))
            : Either.right(Page.of(signals.find(query.provider()), query.page())));
  }
}
