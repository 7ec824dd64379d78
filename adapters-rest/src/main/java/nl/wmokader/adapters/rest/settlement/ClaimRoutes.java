package nl.wmokader.adapters.rest.settlement;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.adapters.rest.ProblemException;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.port.in.GetClaimUseCase;
import nl.wmokader.core.settlement.port.in.ListClaimsQuery;
import nl.wmokader.core.settlement.port.in.ListClaimsUseCase;
import nl.wmokader.core.settlement.port.in.SubmitClaimUseCase;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;

/**
 * Claims (declaraties): {@code POST /claims} submits one and answers it at once, {@code GET
 * /claims} lists summaries (filters provider, municipality, month), {@code GET /claims/{claimId}}
 * reads one with its answered lines. Submitting is a provider's; scope is the core's (a provider
 * sees its own, a municipality those addressed to it; anything else answers 404 as if absent).
 *
 * <p>Submitting the same claim again (same number, same content) answers 201 with the same claim and
 * Location, so a client that lost the answer can simply send again; the same number with other
 * content is a 409. The body may be as large as {@code RestOptions.maxBulkBodyBytes()}.
 */
public final class ClaimRoutes implements ApiRoutes {
  private final SubmitClaimUseCase submit;
  private final GetClaimUseCase get;
  private final ListClaimsUseCase list;

  public ClaimRoutes(SubmitClaimUseCase submit, GetClaimUseCase get, ListClaimsUseCase list) {
    this.submit = requireNonNull(submit, "submit");
    this.get = requireNonNull(get, "get");
    this.list = requireNonNull(list, "list");
  }

  @Override
  public void register(ApiRouter router) {
    // The answer of up to 20,000 lines is written token by token (ClaimJsonWriter), as ClaimDto reads.
    router.post("/claims", call -> call.created(call.bulkCommand(SubmitClaimRequest.class)
        .flatMap(command -> submit.submitClaim(call.actor(), command)), c -> "/claims/" + c.id(),
        ClaimJsonWriter::write));

    // Lists are read often: summaries written by hand too, as ClaimSummaryDto reads.
    router.get("/claims", call -> call.respondPage(listQuery(call)
        .flatMap(query -> list.listClaims(call.actor(), query)), ClaimJsonWriter::summary));

    router.get("/claims/{claimId}", call -> {
      FieldChecks check = new FieldChecks();
      UUID id = check.uuid("claimId", Params.path(call, "claimId"));
      call.respond(check.resultFrom(() -> new ClaimId(id))
          .flatMap(claimId -> get.getClaim(call.actor(), claimId)), ClaimJsonWriter::write);
    });
  }

  /** The filters and the page; the router has already refused undocumented parameters. */
  private static Either<DomainError, ListClaimsQuery> listQuery(ApiCall call) {
    FieldChecks check = new FieldChecks();
    String rawProvider = Params.query(call, "provider");
    AgbCode provider = rawProvider == null ? null : check.valid(AgbCode.validate("provider", rawProvider));
    String rawMunicipality = Params.query(call, "municipality");
    MunicipalityCode municipality = rawMunicipality == null
        ? null : check.valid(MunicipalityCode.validate("municipality", rawMunicipality));
    String rawMonth = Params.query(call, "month");
    YearMonth month = rawMonth == null ? null : check.month("month", rawMonth);
    PageRequest page;
    try {
      page = call.pageRequest();
    } catch (ProblemException e) {
      e.invalidParams().forEach(p -> check.add(p.name(), p.code(), p.reason()));
      page = null;
    }
    PageRequest asked = page;
    return check.resultFrom(() -> new ListClaimsQuery(Option.of(provider), Option.of(municipality), Option.of(month), asked));
  }
}
