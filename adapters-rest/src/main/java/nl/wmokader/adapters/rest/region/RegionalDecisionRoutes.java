package nl.wmokader.adapters.rest.region;

import static java.util.Objects.requireNonNull;

import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.core.region.port.in.CountVotesUseCase;
import nl.wmokader.core.region.port.in.GetArrangementUseCase;

/**
 * The region's decisions, answering 200 and storing nothing: {@code POST /vote-counts} counts the
 * votes on a regional decision for the region's and members' staff; {@code GET /arrangement} (a
 * singleton) reads the arrangement in force for every actor.
 */
public final class RegionalDecisionRoutes implements ApiRoutes {
  private final CountVotesUseCase countVotes;
  private final GetArrangementUseCase getArrangement;

  public RegionalDecisionRoutes(CountVotesUseCase countVotes, GetArrangementUseCase getArrangement) {
    this.countVotes = requireNonNull(countVotes, "countVotes");
    this.getArrangement = requireNonNull(getArrangement, "getArrangement");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/vote-counts", call -> call.respond(call.command(VoteCountRequest.class)
        .flatMap(command -> countVotes.countVotes(call.actor(), command))
        .map(VoteCountDto::from)));

    router.get("/arrangement", call -> call.respond(getArrangement.getArrangement(call.actor()).map(ArrangementDto::from)));
  }
}
