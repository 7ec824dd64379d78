package nl.wmokader.adapters.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Where {@link ApiRoutes} register their operations, with paths relative to the base path. Every
 * route needs an actor unless registered with {@link #publicGet}: the actor is resolved before the
 * handler runs, so a request without a valid one is a 401 whatever else is wrong with it. Paths
 * follow the API Design Rules: lower-case kebab-case segments or {@code {param}}, no trailing slash.
 */
public final class ApiRouter {
  private static final String SEGMENTS = "(/([a-z0-9]+(-[a-z0-9]+)*|\\{[a-z][a-zA-Z0-9]*\\}))+";

  /** Query parameter names that would carry a client's BSN. */
  private static final Set<String> PERSONAL_DATA = Set.of("bsn", "client", "burgerservicenummer");

  private final RoutesConfig routes;
  private final Settings settings;
  private final OpenApiDocument document;
  private final List<ApiRoute> registered = new ArrayList<>();
  private final RateLimit.Buckets buckets;
  /**
   * Requests that prove no identity, per remote address: each costs a signature check, so a flood
   * of bad tokens is limited like an actor's requests are.
   */
  private final RateLimit.Buckets unauthenticated;
  /** The most remote addresses whose failed requests are counted at once. */
  private static final int MOST_ADDRESSES = 10_000;

  ApiRouter(RoutesConfig routes, Settings settings, OpenApiDocument document) {
    RateLimit limit = settings.options().rateLimit();
    this.buckets = limit == null ? null : limit.buckets(System::nanoTime);
    this.unauthenticated = limit == null ? null : limit.buckets(System::nanoTime);
    this.routes = routes;
    this.settings = settings;
    this.document = document;
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

  /**
   * The document is the contract: a query parameter it does not name for the operation is refused
   * rather than ignored, so a mistyped filter never silently returns everything. A client's BSN is
   * never accepted in a URL (URLs end up in access logs). Paging parameters, where the operation has
   * them, are checked in the same pass, so every query error is listed at once. Values are never
   * repeated.
   */
  private static void rejectInvalidQuery(Context ctx, Set<String> documented) {
    List<InvalidParam> invalid = new ArrayList<>();
    for (String name : ctx.queryParamMap().keySet()) {
      if (PERSONAL_DATA.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        invalid.add(new InvalidParam(name, "not_allowed",
            "personal data is never sent in a URL; send it in a request body (e.g. a search)"));
      } else if (!documented.contains(name)) {
        invalid.add(new InvalidParam(name, "unknown_field", "is not a query parameter of this operation"));
      }
    }
    if (invalid.isEmpty()) {
      return;
    }
    if (documented.contains("page") || documented.contains("pageSize")) {
      ApiCall.pagingErrors(ctx).forEach(e -> invalid.add(InvalidParam.from(e)));
    }
    throw new ProblemException(400, "invalid_input", "The request has invalid parameters.", invalid, java.util.Map.of());
  }

  /** Operations that change nothing though sent as POST: searches and the audit trail's reading. */
  private static final Set<String> READS_BY_POST = Set.of("/searches", "/client-histories");

  /**
   * Runs {@code listener} after each request of the API that may have changed state: a POST, PUT,
   * PATCH or DELETE answered 2xx (the use case committed), except searches sent as POST. Runs on
   * the request's thread after its answer is written: {@code listener} must be quick.
   */
  public void onChange(Runnable listener) {
    java.util.Objects.requireNonNull(listener, "listener");
    routes.after(ctx -> {
      String method = ctx.method().name();
      int status = ctx.statusCode();
      if (status >= 200 && status < 300 && settings.isApi(ctx)
          && (method.equals("POST") || method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE"))
          && READS_BY_POST.stream().noneMatch(ctx.path()::endsWith)) {
        listener.run();
      }
    });
  }

  private final List<Runnable> stopping = new ArrayList<>();

  /**
   * Runs {@code action} when the server starts to stop: a resource that holds requests open (an
   * event stream) ends them, so a stop does not wait for them.
   */
  public void onStopping(Runnable action) {
    stopping.add(java.util.Objects.requireNonNull(action, "action"));
  }

  List<Runnable> stopping() {
    return List.copyOf(stopping);
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
    Set<String> queryParameters = document.queryParameters(method, relativePath);
    Handler javalin = ctx -> {
      nl.wmokader.core.shared.Actor actor = null;
      if (needsActor) {
        try {
          actor = settings.options().authentication().authenticate(name -> Collections.list(ctx.req().getHeaders(name)));
        } catch (ProblemException refused) {
          if (refused.status() == 401) {
            limitUnauthenticated(ctx.ip());
          }
          throw refused;
        }
      }
      if (actor != null) {
        ActorHeader.requireKnown(actor, settings.options().knownActors());
        limit(actor);
      }
      rejectInvalidQuery(ctx, queryParameters);
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

  /** A 429 problem when the address {@code ip} has used up its requests without an identity for now. */
  private void limitUnauthenticated(String ip) {
    if (unauthenticated == null) {
      return;
    }
    long wait = unauthenticated.take(ip, MOST_ADDRESSES);
    if (wait > 0) {
      throw new ProblemException(429, "too_many_requests",
          "Too many requests without a valid token from this address: try again in " + wait + " s.", List.of(),
          java.util.Map.of("Retry-After", String.valueOf(wait)));
    }
  }

  /** A 429 problem when {@code actor} has used up its requests for now. */
  private void limit(nl.wmokader.core.shared.Actor actor) {
    if (buckets == null) {
      return;
    }
    long wait = buckets.take(ActorHeader.format(actor));
    if (wait > 0) {
      throw new ProblemException(429, "too_many_requests",
          "Too many requests from this actor: try again in " + wait + " s.", List.of(),
          java.util.Map.of("Retry-After", String.valueOf(wait)));
    }
  }
}
