package nl.wmokader.adapters.rest.settlement;

import static java.util.Objects.requireNonNull;

import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.InputResults;
import nl.wmokader.core.settlement.port.in.GetBudgetStatusUseCase;
import nl.wmokader.core.settlement.port.in.SetBudgetUseCase;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A member's yearly budget: {@code PUT /budgets/{municipalityCode}/{year}} sets it on the version
 * read (the region's staff or the member's own; 409 when stale), {@code GET
 * /budgets/{municipalityCode}/{year}/status} compares the year's charges and forecast with it (also
 * supervisors). Another member's staff get 404, providers 403.
 */
public final class BudgetRoutes implements ApiRoutes {
  private final SetBudgetUseCase setBudget;
  private final GetBudgetStatusUseCase budgetStatus;

  public BudgetRoutes(SetBudgetUseCase setBudget, GetBudgetStatusUseCase budgetStatus) {
    this.setBudget = requireNonNull(setBudget, "setBudget");
    this.budgetStatus = requireNonNull(budgetStatus, "budgetStatus");
  }

  /** A member and a year from the path. */
  private record MemberYear(MunicipalityCode member, Integer year) {}

  @Override
  public void register(ApiRouter router) {
    router.put("/budgets/{municipalityCode}/{year}", call -> {
      FieldChecks check = new FieldChecks();
      MunicipalityCode member = SettlementParams.municipalityCode(check, call);
      Integer year = SettlementParams.year(check, call);
      call.respond(InputResults.renamed(InputResults.both(check.resultFrom(() -> new MemberYear(member, year)),
              call.command(SetBudgetRequest.class), (path, f) -> f.apply(path.member(), path.year()))
              .flatMap(command -> setBudget.setBudget(call.actor(), command)),
              "member", SettlementParams.MUNICIPALITY_CODE, "expectedVersion", "version")
          .map(BudgetDto::from));
    });

    router.get("/budgets/{municipalityCode}/{year}/status", call -> {
      FieldChecks check = new FieldChecks();
      MunicipalityCode member = SettlementParams.municipalityCode(check, call);
      Integer year = SettlementParams.year(check, call);
      call.respond(InputResults.renamed(check.resultFrom(() -> new MemberYear(member, year))
              .flatMap(asked -> budgetStatus.getBudgetStatus(call.actor(), asked.member(), asked.year())),
              "member", SettlementParams.MUNICIPALITY_CODE)
          .map(BudgetStatusDto::from));
    });
  }
}
