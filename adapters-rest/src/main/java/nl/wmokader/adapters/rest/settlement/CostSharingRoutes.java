package nl.wmokader.adapters.rest.settlement;

import static java.util.Objects.requireNonNull;

import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.core.settlement.port.in.AllocateCostsUseCase;
import nl.wmokader.core.settlement.port.in.CalculateContributionUseCase;

/**
 * Computations over shared money, each answering 200 with its result and storing nothing, for the
 * region's and members' staff: {@code POST /cost-allocations} divides a cost over the members,
 * {@code POST /contribution-calculations} computes the personal contribution of given households.
 * Household bodies are personal data: they are neither logged nor echoed in problems.
 */
public final class CostSharingRoutes implements ApiRoutes {
  private final AllocateCostsUseCase allocateCosts;
  private final CalculateContributionUseCase calculateContribution;

  public CostSharingRoutes(AllocateCostsUseCase allocateCosts, CalculateContributionUseCase calculateContribution) {
    this.allocateCosts = requireNonNull(allocateCosts, "allocateCosts");
    this.calculateContribution = requireNonNull(calculateContribution, "calculateContribution");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/cost-allocations", call -> call.respond(call.command(CostAllocationRequest.class)
        .flatMap(command -> allocateCosts.allocateCosts(call.actor(), command))
        .map(CostAllocationDto::from)));

    router.post("/contribution-calculations", call -> call.respond(call.command(ContributionCalculationRequest.class)
        .flatMap(command -> calculateContribution.calculateContribution(call.actor(), command))
        .map(ContributionStatementDto::from)));
  }
}
