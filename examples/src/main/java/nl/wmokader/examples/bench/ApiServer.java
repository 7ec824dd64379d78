package nl.wmokader.examples.bench;

import io.javalin.Javalin;
import nl.wmokader.adapters.rest.RestOptions;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
import nl.wmokader.adapters.rest.WmoRestApi;
import nl.wmokader.core.WmoKader;

/**
 * The REST API over a facade, as the example service serves it (every resource, the default
 * options), on a free loopback port; beside it {@value #TRIVIAL}, a route of the same server that
 * answers a constant without touching the API's machinery or a database: the read benchmark's floor.
 */
final class ApiServer implements AutoCloseable {
  static final String TRIVIAL = "/health";
  private static final String UP = "{\"status\":\"UP\"}";

  private final Javalin app;

  private ApiServer(Javalin app) {
    this.app = app;
  }

  static ApiServer start(WmoKader wmo) {
    return new ApiServer(Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get(TRIVIAL, ctx -> ctx.contentType("application/json").result(UP));
      WmoRestApi.register(config, RestOptions.defaults(), WmoKaderRoutes.of(wmo));
    }).start("127.0.0.1", 0));
  }

  int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
