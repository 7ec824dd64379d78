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
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.CalamityId;
import nl.wmokader.core.supervision.port.in.ListCalamitiesQuery;
import nl.wmokader.core.supervision.port.in.ListCalamitiesUseCase;
import nl.wmokader.core.supervision.port.in.RecordGgdStepCommand;
import nl.wmokader.core.supervision.port.in.RecordGgdStepUseCase;
import nl.wmokader.core.supervision.port.in.ReportCalamityCommand;
import nl.wmokader.core.supervision.port.in.ReportCalamityUseCase;
import nl.wmokader.core.supervision.port.out.CalamityRepository;

/** Calamities and violence incidents: the provider's report, the GGD's investigation and the region's follow-up. */
public final class CalamityServices implements ReportCalamityUseCase, RecordGgdStepUseCase, ListCalamitiesUseCase {

  private final CalamityRepository calamities;
  private final GetProviderUseCase providers;
  private final Clock clock;
  private final AccessPolicy access;
  private final IdGenerator ids;

  public CalamityServices(CalamityRepository calamities, GetProviderUseCase providers, Clock clock, IdGenerator ids, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.calamities = requireNonNull(calamities, "calamities");
    this.providers = requireNonNull(providers, "providers");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public Either<DomainError, Calamity> reportCalamity(Actor actor, ReportCalamityCommand command) {
    return access.require(actor, "report calamities", Actor.Role.REGION, Actor.Role.SUPERVISOR, Actor.Role.PROVIDER)
        .flatMap(a -> command == null ? Either.left(InvalidInput.of("calamity", "required", "is required")) : Either.right(command))
        .flatMap(c -> actor.role() == Actor.Role.PROVIDER && c.provider() != null && !access.actsFor(actor, c.provider())
            ? Either.left(new CommonError.NotFound("provider", c.provider().value()))
            : Either.right(c))
        .flatMap(c -> {
          LocalDate today = LocalDate.now(clock);
          boolean itself = actor.role() == Actor.Role.PROVIDER;
          // The provider reports now; the region records a report made earlier and must say when.
          LocalDate reportedOn = c.reportedOn() == null && itself ? today : c.reportedOn();
          FieldChecks fields = new FieldChecks();
          Support.registeredProvider(fields, providers, c.provider());
          fields.required("kind", c.kind());
          Support.text(fields, "summary", c.summary(), Calamity.MAX_TEXT_LENGTH);
          if (fields.required("occurredOn", c.occurredOn())) {
            fields.check(!c.occurredOn().isAfter(today), "occurredOn", "in_future", "must not lie in the future");
          }
          if (fields.required("reportedOn", reportedOn)) {
            fields.check(!reportedOn.isAfter(today), "reportedOn", "in_future", "must not lie in the future");
            fields.check(c.occurredOn() == null || !reportedOn.isBefore(c.occurredOn()), "reportedOn", "before_occurrence",
                "must not lie before the day it occurred");
          }
          return fields.resultFrom(() -> Calamity.reported(new CalamityId(ids.next()), c.provider(), c.kind(),
              c.occurredOn(), reportedOn, c.summary()));
        })
        .flatMap(calamities::save);
  }

  @Override
  public Either<DomainError, Calamity> recordGgdStep(Actor actor, RecordGgdStepCommand command) {
    return access.require(actor, "record the GGD's steps", Actor.Role.REGION, Actor.Role.SUPERVISOR)
        .flatMap(a -> Commands.checked("step", command, c -> c.validated()))
        .flatMap(c -> calamities.findById(c.calamity())
            .toEither(() -> (DomainError) new CommonError.NotFound("calamity", c.calamity().toString()))
            .flatMap(calamity -> step(calamity, c, LocalDate.now(clock))))
        .flatMap(calamities::save);
  }

  private static Either<DomainError, Calamity> step(Calamity calamity, RecordGgdStepCommand c, LocalDate today) {
    switch (c.step()) {
      case START:
        return calamity.ggdStarts(today).mapLeft(e -> e);
      case CONCLUDE:
        return calamity.ggdConcludes(c.text(), today).mapLeft(e -> e);
      case FOLLOW_UP:
      default:
        return calamity.followUp(c.text(), today).mapLeft(e -> e);
    }
  }

  @Override
  public Either<DomainError, Page<Calamity>> listCalamities(Actor actor, ListCalamitiesQuery query) {
    return access.require(actor, "list calamities", Actor.Role.REGION, Actor.Role.SUPERVISOR, Actor.Role.PROVIDER)
        .flatMap(a -> query == null || query.page() == null || query.provider() == null
            ? Either.left(InvalidInput.of("page", "required", "is required"))
            : Either.right(query))
        .map(q -> {
          // A provider's staff see their own, whatever they ask for: another provider's list is empty.
          Option<?> own = actor.provider();
          if (actor.role() == Actor.Role.PROVIDER) {
            return Page.of(q.provider().isEmpty() || q.provider().equals(own)
                ? calamities.find(actor.provider()) : io.vavr.collection.List.<Calamity>empty(), q.page());
          }
          return Page.of(calamities.find(q.provider()), q.page());
        });
  }
}
