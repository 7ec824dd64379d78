package nl.wmokader.examples.bench;

import io.javalin.Javalin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import nl.wmokader.adapters.rest.RestOptions;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
import nl.wmokader.adapters.rest.WmoRestApi;
import nl.wmokader.adapters.rest.identity.Authentication;
import nl.wmokader.core.WmoKader;

/**
 * The REST API over a facade, as the example service serves it (every resource, the default
 * options), on a free loopback port; beside it {@value #TRIVIAL}, a route of the same server that
 * answers a constant without touching the API's machinery or a database: the read benchmark's floor;
 * and {@value #CONSTANT}, which answers bytes set by {@link #constant}: what a route's answer costs
 * to send when nothing computes it.
 */
final class ApiServer implements AutoCloseable {
  static final String TRIVIAL = "/health";
  static final String CONSTANT = "/constant/{name}";
  static final String PROBE = "/probe";
  private static final String UP = "{\"status\":\"UP\"}";

  private final Javalin app;
  private final Map<String, byte[]> constants;

  private ApiServer(Javalin app, Map<String, byte[]> constants) {
    this.app = app;
    this.constants = constants;
  }

  static ApiServer start(WmoKader wmo) {
    return start(wmo, null);
  }

  /**
   * As {@link #start(WmoKader)}, with {@value #PROBE} beside the trivial route when {@code database}
   * is given: the trivial answer after one {@code SELECT 1} through the pool, what the cheapest
   * answer that asks the database costs.
   */
  static ApiServer start(WmoKader wmo, DataSource database) {
    Map<String, byte[]> constants = new ConcurrentHashMap<>();
    return new ApiServer(Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get(TRIVIAL, ctx -> ctx.contentType("application/json").result(UP));
      if (database != null) {
        config.routes.get(PROBE, ctx -> {
          try (Connection c = database.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT 1");
               ResultSet rs = ps.executeQuery()) {
            rs.next();
          }
          ctx.contentType("application/json").result(UP);
        });
      }
      config.routes.get(CONSTANT, ctx -> {
        byte[] body = constants.get(ctx.pathParam("name"));
        if (body == null) {
          ctx.status(404);
        } else {
          ctx.contentType("application/json").result(body);
        }
      });
      // The development header: what the routes cost, not a token's verification (one RS256 check,
      // 55-70 µs per request on JDK 17, measured apart: ADR 14).
      WmoRestApi.register(config, RestOptions.defaults().withAuthentication(Authentication.developmentHeader()),
          WmoKaderRoutes.of(wmo));
    }).start("127.0.0.1", 0), constants);
  }

  /** Has {@code /constant/{name}} answer {@code body}; returns its path. */
  String constant(String name, byte[] body) {
    constants.put(name, body.clone());
    return CONSTANT.replace("{name}", name);
  }

  int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
