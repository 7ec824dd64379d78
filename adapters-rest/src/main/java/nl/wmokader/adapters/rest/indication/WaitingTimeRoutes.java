package nl.wmokader.adapters.rest.indication;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Set;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.port.in.ListWaitingTimesQuery;
import nl.wmokader.core.indication.port.in.ListWaitingTimesUseCase;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * {@code GET /waiting-times}: waiting times per provider and product over the started assignments
 * the actor may see, narrowed by {@code provider}, {@code product} and the period in which delivery
 * started ({@code startedFrom}..{@code startedTo}, inclusive). Paged like every list.
 */
public final class WaitingTimeRoutes implements ApiRoutes {
  private static final Set<String> FILTERS = Set.of("provider", "product", "startedFrom", "startedTo");

  private final ListWaitingTimesUseCase waitingTimes;

  public WaitingTimeRoutes(ListWaitingTimesUseCase waitingTimes) {
    this.waitingTimes = requireNonNull(waitingTimes, "waitingTimes");
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/waiting-times", call -> call.respond(query(call)
        .flatMap(asked -> waitingTimes.listWaitingTimes(call.actor(), asked.query())
            .map(all -> PageDto.of(Page.of(all, asked.page()), WaitingTimeSummaryDto::from, call)))));
  }

  /** The query and the page. */
  private record Asked(ListWaitingTimesQuery query, PageRequest page) {}

  private static Either<DomainError, Asked> query(ApiCall call) {
    FieldChecks check = new FieldChecks();
    IndicationParams.onlyKnownQueryParams(call, check, FILTERS);
    String rawProvider = Params.query(call, "provider");
    AgbCode provider = rawProvider == null ? null : check.valid(AgbCode.validate("provider", rawProvider));
    String rawProduct = Params.query(call, "product");
    ProductCode product = rawProduct == null ? null : check.valid(ProductCode.validate("product", rawProduct));
    String rawFrom = Params.query(call, "startedFrom");
    String rawTo = Params.query(call, "startedTo");
    LocalDate from = rawFrom == null ? null : Params.date(check, "startedFrom", rawFrom);
    LocalDate to = rawTo == null ? null : Params.date(check, "startedTo", rawTo);
    if (rawFrom == null && rawTo != null) {
      check.add("startedFrom", "required", "is required with startedTo");
    }
    if (from != null && to != null && to.isBefore(from)) {
      check.add("startedTo", "before_start", "must not lie before startedFrom");
    }
    return IndicationParams.page(call, check).map(page -> new Asked(new ListWaitingTimesQuery(Option.of(provider),
        Option.of(product), Option.of(from).map(f -> DateRange.of(f, Option.of(to)))), page));
  }
}
