package nl.wmokader.adapters.rest.obligations;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.InputResults;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.core.obligations.domain.RefusalId;
import nl.wmokader.core.obligations.port.in.DeclareQualityComplianceUseCase;
import nl.wmokader.core.obligations.port.in.EvaluateObligationsQuery;
import nl.wmokader.core.obligations.port.in.EvaluateObligationsUseCase;
import nl.wmokader.core.obligations.port.in.GetRefusalUseCase;
import nl.wmokader.core.obligations.port.in.ListRefusalsQuery;
import nl.wmokader.core.obligations.port.in.ListRefusalsUseCase;
import nl.wmokader.core.obligations.port.in.RecordRefusalUseCase;
import nl.wmokader.core.obligations.port.in.ReportSpendingUseCase;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * A provider's obligations under {@code /providers/{agbCode}}: {@code refusals} (record, list by year,
 * read one), {@code spending-reports} and {@code quality-declarations} (create or replace the one of
 * a year), and {@code obligation-evaluations?year=} (every obligation as of today). A provider's staff
 * record and read their own; the region's and members' staff and supervisors read every provider's.
 */
public final class ObligationRoutes implements ApiRoutes {
  private static final Set<String> YEAR = Set.of("year");

  private final RecordRefusalUseCase recordRefusal;
  private final GetRefusalUseCase getRefusal;
  private final ListRefusalsUseCase listRefusals;
  private final ReportSpendingUseCase reportSpending;
  private final DeclareQualityComplianceUseCase declareQualityCompliance;
  private final EvaluateObligationsUseCase evaluateObligations;

  public ObligationRoutes(RecordRefusalUseCase recordRefusal, GetRefusalUseCase getRefusal, ListRefusalsUseCase listRefusals,
      ReportSpendingUseCase reportSpending, DeclareQualityComplianceUseCase declareQualityCompliance,
      EvaluateObligationsUseCase evaluateObligations) {
    this.recordRefusal = requireNonNull(recordRefusal, "recordRefusal");
    this.getRefusal = requireNonNull(getRefusal, "getRefusal");
    this.listRefusals = requireNonNull(listRefusals, "listRefusals");
    this.reportSpending = requireNonNull(reportSpending, "reportSpending");
    this.declareQualityCompliance = requireNonNull(declareQualityCompliance, "declareQualityCompliance");
    this.evaluateObligations = requireNonNull(evaluateObligations, "evaluateObligations");
  }

  /** A list's provider and page. */
  private record Asked(AgbCode provider, PageRequest page) {}

  @Override
  public void register(ApiRouter router) {
    router.post("/providers/{agbCode}/refusals", call -> call.created(
        ObligationParams.onProvider(call, RefusalRequest.class)
            .flatMap(command -> recordRefusal.recordRefusal(call.actor(), command))
            .map(RefusalDto::from),
        refusal -> "/providers/" + refusal.provider() + "/refusals/" + refusal.id()));

    router.get("/providers/{agbCode}/refusals", call -> {
      FieldChecks check = new FieldChecks();
      Params.onlyKnownQueryParams(call, check, YEAR, true);
      Integer year = ObligationParams.year(check, call);
      PageRequest page = call.page(check);
      call.respond(InputResults.both(ObligationParams.agbCode(call), check.resultFrom(() -> page), Asked::new)
          .flatMap(asked -> listRefusals.listRefusals(call.actor(), new ListRefusalsQuery(asked.provider(), year))
              .map(all -> PageDto.of(Page.of(all, asked.page()), RefusalDto::from, call))));
    });

    router.get("/providers/{agbCode}/refusals/{refusalId}", call -> {
      FieldChecks check = new FieldChecks();
      RefusalId id = ObligationParams.refusalId(check, call);
      call.respond(InputResults.both(ObligationParams.agbCode(call), check.resultFrom(() -> id), (agb, refusal) -> agb)
          .flatMap(agb -> getRefusal.getRefusal(call.actor(), id)
              // under another provider's path the refusal does not exist
              .filterOrElse(r -> r.provider().equals(agb), r -> new CommonError.NotFound("Refusal", id.toString())))
          .map(RefusalDto::from));
    });

    router.post("/providers/{agbCode}/spending-reports", call -> call.respond(
        ObligationParams.onProvider(call, SpendingReportRequest.class)
            .flatMap(command -> reportSpending.reportSpending(call.actor(), command))
            .map(SpendingReportDto::from)));

    router.post("/providers/{agbCode}/quality-declarations", call -> call.respond(
        ObligationParams.onProvider(call, QualityDeclarationRequest.class)
            .flatMap(command -> declareQualityCompliance.declareQualityCompliance(call.actor(), command))
            .map(QualityDeclarationDto::from)));

    router.get("/providers/{agbCode}/obligation-evaluations", call -> {
      FieldChecks check = new FieldChecks();
      Params.onlyKnownQueryParams(call, check, YEAR, false);
      Integer year = ObligationParams.year(check, call);
      call.respond(InputResults.both(ObligationParams.agbCode(call), check.resultFrom(() -> year),
              (agb, y) -> new EvaluateObligationsQuery(agb, y))
          .flatMap(query -> evaluateObligations.evaluateObligations(call.actor(), query))
          .map(ObligationEvaluationsDto::from));
    });
  }
}
