package nl.wmokader.adapters.rest.indication;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Set;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.core.indication.port.in.ListAssignmentsOverNormQuery;
import nl.wmokader.core.indication.port.in.ListAssignmentsOverNormUseCase;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * {@code GET /waiting-time-norm-breaches}: the assignments the actor may see that waited (or wait
 * still) longer than the waiting-time norm of their provider's contract, optionally of one
 * {@code provider}; paged like every list.
 */
public final class WaitingTimeNormRoutes implements ApiRoutes {
  private static final Set<String> FILTERS = Set.of("provider");

  private final ListAssignmentsOverNormUseCase overNorm;

  public WaitingTimeNormRoutes(ListAssignmentsOverNormUseCase overNorm) {
    this.overNorm = requireNonNull(overNorm, "overNorm");
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/waiting-time-norm-breaches", call -> call.respond(query(call)
        .flatMap(q -> overNorm.listAssignmentsOverNorm(call.actor(), q))
        .map(page -> PageDto.of(page, AssignmentOverNormDto::from, call))));
  }

  private static Either<DomainError, ListAssignmentsOverNormQuery> query(ApiCall call) {
    FieldChecks check = new FieldChecks();
    IndicationParams.onlyKnownQueryParams(call, check, FILTERS);
    String rawProvider = Params.query(call, "provider");
    AgbCode provider = rawProvider == null ? null : check.valid(AgbCode.validate("provider", rawProvider));
    return IndicationParams.page(call, check).map(page -> new ListAssignmentsOverNormQuery(Option.of(provider), page));
  }
}
