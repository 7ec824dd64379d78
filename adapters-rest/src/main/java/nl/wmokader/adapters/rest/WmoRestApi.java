package nl.wmokader.adapters.rest;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point: registers the API on a Javalin config, so the embedder keeps port, TLS, context
 * path and its own routes.
 *
 * <pre>{@code
 * Javalin app = Javalin.create(config -> {
 *   config.jetty.port = 8080;                                   // the embedder's choices
 *   WmoRestApi.register(config, RestOptions.defaults()
 *       .withAuthentication(Authentication.bearerTokens(TokenSettings.of(issuer, audience, keys))),
 *       List.of(new RegionRoutes(regions, regions, regions)));  // one *Routes per resource
 * }).start();
 * }</pre>
 *
 * Under {@value #BASE_PATH}, every response carries the {@value #API_VERSION_HEADER} header,
 * {@code Cache-Control: no-store} and {@code X-Content-Type-Options: nosniff}, and every error is an
 * {@code application/problem+json} document (unknown path 404, wrong method 405, no or invalid
 * credentials 401, two of them 400, an actor the region does not know 403 with {@link RestOptions#withKnownActors},
 * too many requests 429 with {@link RestOptions#withRateLimit}, oversized body 413, what Jetty
 * refuses itself 400, 414 or 431, any unexpected fault 500 without internals). The OpenAPI document
 * is served at {@code /api/v1/openapi.json} without an actor.
 */
public final class WmoRestApi {
  public static final String BASE_PATH = "/api/v1";
  public static final String API_VERSION_HEADER = "API-Version";

  private WmoRestApi() {}

  /**
   * Registers the OpenAPI document, the given resources and the error handling on {@code config}.
   *
   * @return every operation registered, with its full path
   * @throws IllegalStateException when {@code options} name no authentication, a resource has no
   *     OpenAPI part, or a part repeats a path
   */
  public static List<ApiRoute> register(JavalinConfig config, RestOptions options, List<? extends ApiRoutes> resources) {
    if (options.authentication() == null) {
      throw new IllegalStateException("RestOptions name no authentication: withAuthentication(Authentication"
          + ".bearerTokens(...)), or for development only Authentication.developmentHeader()");
    }
    OpenApiDocument document = OpenApiDocument.assemble(resources);
    Settings settings = new Settings(BASE_PATH, document.version(), options);
    ApiRouter router = new ApiRouter(config.routes, settings, document);
    byte[] openApi = document.bytes();
    router.add("GET", "/openapi.json", call -> {
      call.context().header("Cache-Control", "no-cache");
      call.bytes(200, "application/json", openApi);
    }, false);
    resources.forEach(r -> r.register(router));
    List<Runnable> stopping = router.stopping();
    if (!stopping.isEmpty()) {
      config.events.serverStopping(() -> stopping.forEach(Runnable::run));
    }
    List<ApiRoute> routes = List.copyOf(router.routes());
    ErrorHandling.install(config, settings, routes);
    ProblemErrorHandler jettyErrors = new ProblemErrorHandler(settings);
    config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
    config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
    return routes;
  }

  /** A Javalin app with only this API (no banner), not started: {@code create(...).start(port)}. */
  public static Javalin create(RestOptions options, List<? extends ApiRoutes> resources) {
    List<ApiRoutes> copy = new ArrayList<>(resources);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      register(config, options, copy);
    });
  }
}
