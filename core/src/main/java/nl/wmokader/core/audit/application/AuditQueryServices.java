package nl.wmokader.core.audit.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditOutcome;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.port.in.ClientAccessHistoryQuery;
import nl.wmokader.core.audit.port.in.ClientAccessHistoryUseCase;
import nl.wmokader.core.audit.port.in.QueryAuditTrailQuery;
import nl.wmokader.core.audit.port.in.QueryAuditTrailUseCase;
import nl.wmokader.core.audit.port.out.AuditTrail;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;

/**
 * The trail read: the privacy officer's search and a client's access history. Reading the trail
 * shows whose data was accessed, so each read is itself recorded (resource {@value #RESOURCE}),
 * allowed or refused; a recording that fails lets no answer out.
 */
public final class AuditQueryServices implements QueryAuditTrailUseCase, ClientAccessHistoryUseCase {

  /** The resource a read of the trail is recorded on. */
  static final String RESOURCE = "audit-trail";
  static final String SEARCH = "search";
  static final String CLIENT_HISTORY = "client-history";

  private final AuditTrail trail;
  private final Clock clock;
  private final AccessPolicy access;

  public AuditQueryServices(AuditTrail trail, Clock clock, AccessPolicy access) {
    this.trail = requireNonNull(trail, "trail");
    this.clock = requireNonNull(clock, "clock");
    this.access = requireNonNull(access, "access");
  }

  @Override
  public Either<DomainError, Page<AuditEntry>> queryAuditTrail(Actor actor, QueryAuditTrailQuery query) {
    Either<DomainError, Actor> allowed = access.require(actor, "search the audit trail", Actor.Role.REGION);
    if (allowed.isLeft()) {
      record(actor, Option.none(), SEARCH, AuditOutcome.REFUSED);
      return Either.left(allowed.getLeft());
    }
    if (query == null || query.search() == null || query.page() == null) {
      return Either.left(missing(query == null ? "query" : query.search() == null ? "search" : "page"));
    }
    Page<AuditEntry> page = trail.search(query.search(), query.page());
    // one read of the trail, naming every client the page shows: an entry's client, not the
    // thousands a claim's entry names (the search does not show them; a client's history does)
    Seq<Bsn> shown = page.items().filter(e -> e.record().clients().size() == 1).map(e -> e.record().clients().head());
    trail.append(io.vavr.collection.List.of(AuditRecord.ofClients(clock.instant(), actor, shown, AuditAction.READ,
        RESOURCE, SEARCH, AuditOutcome.ALLOWED)));
    return Either.right(page);
  }

  @Override
  public Either<DomainError, Page<AuditEntry>> clientAccessHistory(Actor actor, ClientAccessHistoryQuery query) {
    Option<Bsn> client = Option.of(query).flatMap(q -> Option.of(q.client()));
    Either<DomainError, Actor> allowed = access.require(actor, "read a client's access history",
        Actor.Role.REGION, Actor.Role.MUNICIPALITY);
    if (allowed.isLeft()) {
      record(actor, client, CLIENT_HISTORY, AuditOutcome.REFUSED);
      return Either.left(allowed.getLeft());
    }
    if (query == null || query.client() == null || query.page() == null) {
      return Either.left(missing(query == null ? "query" : query.client() == null ? "client" : "page"));
    }
    // a member's staff answer for the clients they served themselves: another client has no history for them
    if (actor.role() == Actor.Role.MUNICIPALITY && !trail.hasAccessed(actor.party(), query.client())) {
      record(actor, client, CLIENT_HISTORY, AuditOutcome.REFUSED);
      return Either.left(new CommonError.NotFound("ClientAccessHistory", "of the client"));
    }
    record(actor, client, CLIENT_HISTORY, AuditOutcome.ALLOWED);
    // an entry of a claim names all its clients: the history shows the asked one alone
    Page<AuditEntry> history = trail.byClient(query.client(), query.page());
    return Either.right(new Page<>(history.items().map(e -> new AuditEntry(e.chain(), e.seq(),
        e.record().shownTo(query.client()), e.previousHash(), e.hash())), history.total(), history.request()));
  }

  private void record(Actor actor, Option<Bsn> client, String id, AuditOutcome outcome) {
    trail.append(io.vavr.collection.List.of(entry(actor, client, id, outcome)));
  }

  private AuditRecord entry(Actor actor, Option<Bsn> client, String id, AuditOutcome outcome) {
    return AuditRecord.of(clock.instant(), actor, client, AuditAction.READ, RESOURCE, id, outcome);
  }

  private static InvalidInput missing(String field) {
    return new InvalidInput(io.vavr.collection.List.of(new FieldError(field, "required", "is required")));
  }
}
