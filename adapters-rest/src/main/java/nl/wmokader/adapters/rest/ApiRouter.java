package nl.wmokader.adapters.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where {@link ApiRoutes} register their operations, with paths relative to the base path. Every
 * route needs an actor unless registered with {@link #publicGet}: the actor is resolved before the
 * handler runs, so a request without a valid one is a 401 whatever else is wrong with it. Paths
 * follow the API Design Rules: lower-case kebab-case segments or {@code {param}}, no trailing slash.
 */
public final class ApiRouter {
  private static final String SEGMENTS = "(/([a-z0-9]+(-[a-z0-9]+)*|\\{[a-z][a-zA-Z0-9]*\\}))+";

  private final RoutesConfig routes;
  private final Settings settings;
  private final List<ApiRoute> registered = new ArrayList<>();

  ApiRouter(RoutesConfig routes, Settings settings) {
    this.routes = routes;
    this.settings = settings;
  }

  public ApiRouter get(String path, ApiHandler handler) {
    return add("GET", checked(path), handler, true);
  }

  public ApiRouter put(String path, ApiHandler handler) {
    return add("PUT", checked(path), handler, true);
  }

  public ApiRouter post(String path, ApiHandler handler) {
    return add("POST", checked(path), handler, true);
  }

  public ApiRouter patch(String path, ApiHandler handler) {
    return add("PATCH", checked(path), handler, true);
  }

  public ApiRouter delete(String path, ApiHandler handler) {
    return add("DELETE", checked(path), handler, true);
  }

  /** A GET that needs no actor (the OpenAPI document, a landing page). */
  public ApiRouter publicGet(String path, ApiHandler handler) {
    return add("GET", checked(path), handler, false);
  }

  /** Every operation registered so far, with full paths. */
  public List<ApiRoute> routes() {
    return Collections.unmodifiableList(registered);
  }

  private static String checked(String path) {
    if (!path.matches(SEGMENTS)) {
      throw new IllegalArgumentException("not a kebab-case path without trailing slash: " + path);
    }
    return path;
  }

  ApiRouter add(String method, String relativePath, ApiHandler handler, boolean needsActor) {
    String path = settings.basePath() + relativePath;
    ApiRoute route = new ApiRoute(method, path);
    if (registered.contains(route)) {
      throw new IllegalArgumentException("registered twice: " + method + " " + path);
    }
    registered.add(route);
    Handler javalin = ctx -> {
      var actor = needsActor ? ActorHeader.require(ctx.header(ActorHeader.NAME)) : null;
      ApiCall call = new ApiCall(ctx, settings, actor);
      handler.handle(call);
      if (!call.responded()) {
        throw new IllegalStateException("the handler of " + method + " " + path + " did not answer");
      }
    };
    switch (method) {
      case "GET":
        routes.get(path, javalin);
        // Javalin would answer HEAD by itself, skipping the actor and the use case: run the GET
        // handler instead (the server drops the body), so HEAD says what GET would.
        routes.head(path, javalin);
        break;
      case "PUT":
        routes.put(path, javalin);
        break;
      case "POST":
        routes.post(path, javalin);
        break;
      case "PATCH":
        routes.patch(path, javalin);
        break;
      case "DELETE":
        routes.delete(path, javalin);
        break;
      default:
        throw new IllegalArgumentException("unsupported method " + method);
    }
    return this;
  }
}
