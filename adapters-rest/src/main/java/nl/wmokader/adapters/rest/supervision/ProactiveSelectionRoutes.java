package nl.wmokader.adapters.rest.supervision;

import static java.util.Objects.requireNonNull;

import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.core.supervision.port.in.SelectProactiveUseCase;

/**
 * {@code POST /proactive-selections}: computes the year's proactive selection from the board's seed
 * (the region's staff and supervisors). Nothing is stored, so it answers 200: the same data and
 * seed give the same selection.
 */
public final class ProactiveSelectionRoutes implements ApiRoutes {
  private final SelectProactiveUseCase select;

  public ProactiveSelectionRoutes(SelectProactiveUseCase select) {
    this.select = requireNonNull(select, "select");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/proactive-selections", call -> call.respond(call.command(SelectProactiveRequest.class)
        .flatMap(command -> select.selectProactive(call.actor(), command))
        .map(ProactiveSelectionDto::from)));
  }
}
