package nl.wmokader.adapters.rest.governance;

import static java.util.Objects.requireNonNull;

import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.core.region.port.in.CountVotesUseCase;
import nl.wmokader.core.region.port.in.GetArrangementUseCase;
import nl.wmokader.core.settlement.port.in.AllocateCostsUseCase;
import nl.wmokader.core.settlement.port.in.CalculateContributionUseCase;

/**
 * Computations of regional governance, each answering 200 with its result and storing nothing:
 * {@code POST /cost-allocations}, {@code POST /contribution-calculations} and {@code POST /vote-counts}
 * for the region's and members' staff, and {@code GET /arrangement} (a singleton) for every actor.
 */
public final class GovernanceRoutes implements ApiRoutes {
  private final AllocateCostsUseCase allocateCosts;
  private final CalculateContributionUseCase calculateContribution;
  private final CountVotesUseCase countVotes;
  private final GetArrangementUseCase getArrangement;

  public GovernanceRoutes(AllocateCostsUseCase allocateCosts, CalculateContributionUseCase calculateContribution,
      CountVotesUseCase countVotes, GetArrangementUseCase getArrangement) {
    this.allocateCosts = requireNonNull(allocateCosts, "allocateCosts");
    this.calculateContribution = requireNonNull(calculateContribution, "calculateContribution");
    this.countVotes = requireNonNull(countVotes, "countVotes");
    this.getArrangement = requireNonNull(getArrangement, "getArrangement");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/cost-allocations", call -> call.respond(call.command(CostAllocationRequest.class)
        .flatMap(command -> allocateCosts.allocateCosts(call.actor(), command))
        .map(CostAllocationDto::from)));

    router.post("/contribution-calculations", call -> call.respond(call.command(ContributionCalculationRequest.class)
        .flatMap(command -> calculateContribution.calculateContribution(call.actor(), command))
        .map(ContributionStatementDto::from)));

    router.post("/vote-counts", call -> call.respond(call.command(VoteCountRequest.class)
        .flatMap(command -> countVotes.countVotes(call.actor(), command))
        .map(VoteCountDto::from)));

    router.get("/arrangement", call -> call.respond(getArrangement.getArrangement(call.actor()).map(ArrangementDto::from)));
  }
}
