package nl.wmokader.adapters.rest.iwmo;

import java.util.List;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;

/**
 * Every iWmo message route as one resource: they share this package's OpenAPI part, merged into the
 * document once.
 */
public final class IwmoRoutes implements ApiRoutes {
  private final List<ApiRoutes> routes;

  public IwmoRoutes(List<? extends ApiRoutes> routes) {
    this.routes = List.copyOf(routes);
  }

  @Override
  public void register(ApiRouter router) {
    routes.forEach(r -> r.register(router));
  }
}
