package nl.wmokader.core.audit.application;

import static java.util.Objects.requireNonNull;
import nl.wmokader.core.shared.DomainError;
import java.util.function.Supplier;
import io.vavr.control.Either;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.domain.AuditOutcome;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.audit.port.out.AuditTrail;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;

/** Records the other use cases' accesses: one batch per call, all stamped with one instant of the clock. */
public final class AccessRecorder implements RecordAccessUseCase {
  private final AuditTrail trail;
  private final Clock clock;

  public AccessRecorder(AuditTrail trail, Clock clock) {
    this.trail = requireNonNull(trail, "trail");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public void allowed(Actor actor, AuditAction action, String resource, Seq<Accessed> accessed) {
    requireNonNull(actor, "actor");
    if (accessed.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    trail.append(accessed.map(a -> AuditRecord.ofClients(now, actor, a.clients(), action, resource, a.id(), AuditOutcome.ALLOWED)));
  }

  @Override
  public <T> Either<DomainError, T> changing(Actor actor, Seq<Change> changes, Supplier<Either<DomainError, T>> change) {
    requireNonNull(actor, "actor");
    Instant now = clock.instant();
    return trail.appendWith(changes.map(c -> AuditRecord.ofClients(now, actor, c.clients(), c.action(), c.resource(),
        c.id(), AuditOutcome.ALLOWED)), change);
  }

  @Override
  public void refused(Actor actor, AuditAction action, String resource, String id, Option<Bsn> client) {
    trail.append(List.of(AuditRecord.of(clock.instant(), actor, client, action, resource, id, AuditOutcome.REFUSED)));
  }
}
