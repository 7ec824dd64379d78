package nl.wmokader.adapters.rest.audit;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.InputResults;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.domain.AuditOutcome;
import nl.wmokader.core.audit.domain.AuditSearch;
import nl.wmokader.core.audit.port.in.ClientAccessHistoryQuery;
import nl.wmokader.core.audit.port.in.ClientAccessHistoryUseCase;
import nl.wmokader.core.audit.port.in.QueryAuditTrailQuery;
import nl.wmokader.core.audit.port.in.QueryAuditTrailUseCase;
import nl.wmokader.core.audit.port.in.VerifyAuditTrailUseCase;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * {@code GET /audit-trail/entries}: the privacy officer's search over a period (the region's staff);
 * {@code POST /audit-trail/client-histories}: every access to one client's data, newest first
 * (the client in the body); {@code GET /audit-trail/verifications}: the chains of a period hashed
 * and linked again (the region's staff and supervisors).
 */
public final class AuditRoutes implements ApiRoutes {
  private final QueryAuditTrailUseCase search;
  private final ClientAccessHistoryUseCase history;
  private final VerifyAuditTrailUseCase verify;

  public AuditRoutes(QueryAuditTrailUseCase search, ClientAccessHistoryUseCase history, VerifyAuditTrailUseCase verify) {
    this.search = requireNonNull(search, "search");
    this.history = requireNonNull(history, "history");
    this.verify = requireNonNull(verify, "verify");
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/audit-trail/entries", call -> call.respond(searchQuery(call)
        .flatMap(query -> search.queryAuditTrail(call.actor(), query))
        .map(page -> PageDto.of(page, AuditEntryDto::from, call))));

    router.post("/audit-trail/client-histories", call -> call.respond(InputResults.both(
        Params.page(call, new FieldChecks()), call.command(ClientHistoryRequest.class),
        (page, client) -> new ClientAccessHistoryQuery(client, page))
        .flatMap(query -> history.clientAccessHistory(call.actor(), query))
        .map(page -> PageDto.of(page, AuditEntryDto::from, call))));

    router.get("/audit-trail/verifications", call -> call.respond(period(call, new FieldChecks())
        .flatMap(period -> verify.verifyAuditTrail(call.actor(), period))
        .map(AuditVerificationDto::from)));
  }

  /** {@code from} (required) and {@code until} (optional, not before it). */
  private static Either<DomainError, DateRange> period(ApiCall call, FieldChecks check) {
    LocalDate from = Params.requiredDate(check, call, "from");
    Option<LocalDate> until = Params.optionalDate(check, call, "until");
    if (from != null && until.exists(u -> u.isBefore(from))) {
      check.add("until", "before_start", "must not lie before from");
    }
    return check.resultFrom(() -> DateRange.of(from, until));
  }

  private static Either<DomainError, QueryAuditTrailQuery> searchQuery(ApiCall call) {
    FieldChecks check = new FieldChecks();
    Either<DomainError, DateRange> period = period(call, check);
    Option<Actor.Role> role = Params.optionalEnum(check, call, "role", Actor.Role.class);
    Option<String> organisation = Option.of(Params.query(call, "organisation"));
    organisation.filter(o -> !o.matches("[0-9]{4}|[0-9]{8}")).forEach(o ->
        check.add("organisation", "organisation_format", "must be a 4-digit CBS code or an 8-digit AGB code"));
    Option<AuditAction> action = Params.optionalEnum(check, call, "action", AuditAction.class);
    Option<String> resource = Option.of(Params.query(call, "resource"));
    resource.filter(r -> !r.matches("[a-z0-9-]{1,40}")).forEach(r ->
        check.add("resource", "resource_format", "must be a resource kind: 1 to 40 of a-z, 0-9 and -"));
    Option<AuditOutcome> outcome = Params.optionalEnum(check, call, "outcome", AuditOutcome.class);
    return Params.page(call, check).map(page -> {
      AuditSearch asked = AuditSearch.of(period.get());
      if (role.isDefined()) {
        asked = asked.byRole(role.get());
      }
      if (organisation.isDefined()) {
        asked = asked.byOrganisation(organisation.get());
      }
      if (action.isDefined()) {
        asked = asked.byAction(action.get());
      }
      if (resource.isDefined()) {
        asked = asked.byResource(resource.get());
      }
      if (outcome.isDefined()) {
        asked = asked.byOutcome(outcome.get());
      }
      return new QueryAuditTrailQuery(asked, page);
    });
  }
}
