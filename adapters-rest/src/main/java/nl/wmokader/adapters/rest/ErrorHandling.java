package nl.wmokader.adapters.rest;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import io.javalin.router.exception.HttpResponseExceptionMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every answer under the base path a problem document when something goes wrong (a database
 * with no connection free in time: 503 with {@code Retry-After}; anything else unexpected: 500), and
 * puts the API-Version header on every answer there. Paths outside the base path (the embedder's own
 * routes) keep Javalin's behaviour.
 */
final class ErrorHandling {
  private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
  private static final String TRANSIENT_CONNECTION = "java.sql.SQLTransientConnectionException";
  /** How long a client told 503 should wait before trying again. */
  static final int RETRY_AFTER_SECONDS = 1;
  private static final long BUSY_LOG_INTERVAL_NANOS = 10_000_000_000L;
  private static final AtomicLong BUSY_ANSWERS = new AtomicLong();
  private static final AtomicLong lastBusyLog = new AtomicLong(System.nanoTime() - BUSY_LOG_INTERVAL_NANOS);

  private ErrorHandling() {}

  static void install(JavalinConfig config, Settings settings, List<ApiRoute> routes) {
    config.routes.before(ctx -> {
      if (settings.isApi(ctx)) {
        ctx.header(WmoRestApi.API_VERSION_HEADER, settings.apiVersion());
        // answers hold personal data: no cache may keep them, no browser may read them as another type
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        String path = Settings.relativePath(ctx);
        if (path.endsWith("/")) {
          throw new ProblemException(404, "route_not_found",
              "No such resource: paths of this API have no trailing slash.");
        }
      }
    });

    config.routes.exception(ProblemException.class, (e, ctx) ->
        Problems.write(ctx, Problems.of(e, Problems.instance(ctx.path())), e.headers(), settings.apiVersion()));

    config.routes.exception(HttpResponseException.class, (e, ctx) -> {
      if (!settings.isApi(ctx)) {
        HttpResponseExceptionMapper.INSTANCE.handle(e, ctx);
        return;
      }
      ProblemException problem = e instanceof EndpointNotFound
          ? unmatched(Settings.relativePath(ctx), routes)
          : fromJavalin(e);
      Problems.write(ctx, Problems.of(problem, Problems.instance(ctx.path())), problem.headers(), settings.apiVersion());
    });

    config.routes.exception(Exception.class, (e, ctx) -> {
      if (settings.isApi(ctx) && isBusy(e)) {
        // Expected under load: no trace, at most a line every few seconds, and the client told when to come back.
        logBusy(String.valueOf(ctx.method()), routeOf(ctx));
        Problems.write(ctx, Problems.problem(503, "service_unavailable",
            "The service is too busy to answer now; try again shortly.", Problems.instance(ctx.path()), List.of()),
            Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)), settings.apiVersion());
        return;
      }
      // The message of an unexpected exception may quote input (personal data): log the type and
      // where it came from, never the message, and answer without internals.
      log.error("unexpected {} answering {} {}", e.getClass().getName(), ctx.method(), routeOf(ctx), Sanitized.of(e));
      if (!settings.isApi(ctx)) {
        ctx.status(500).result("Internal server error");
        return;
      }
      Problems.write(ctx, Problems.problem(500, "internal_error",
          "The server could not answer this request; the fault has been logged.",
          Problems.instance(ctx.path()), List.of()), Map.of(), settings.apiVersion());
    });
  }

  /**
   * Whether {@code e} says the database had no connection for this request in time: a connection
   * pool that stayed exhausted for its whole timeout (HikariCP and other pools throw the JDK's
   * {@code java.sql.SQLTransientConnectionException}), anywhere in the cause chain (the JDBC adapter
   * wraps it in the core's {@code InfrastructureException}). Matched by the class's name: this
   * adapter stays free of {@code java.sql} (the module rule), and the JDK's type is the same
   * whichever pool or driver threw it.
   */
  static boolean isBusy(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
      for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
        if (type.getName().equals(TRANSIENT_CONNECTION)) {
          return true;
        }
      }
    }
    return false;
  }

  /** One warning per {@link #BUSY_LOG_INTERVAL_NANOS} at most, counting the 503s since the last. */
  private static void logBusy(String method, String route) {
    long busy = BUSY_ANSWERS.incrementAndGet();
    long now = System.nanoTime();
    long last = lastBusyLog.get();
    if (now - last >= BUSY_LOG_INTERVAL_NANOS && lastBusyLog.compareAndSet(last, now)) {
      BUSY_ANSWERS.addAndGet(-busy);
      log.warn("busy: no database connection in time; {} answer(s) 503 since the last such line, the latest to {} {}",
          busy, method, route);
    }
  }

  /** The matched route template (never the concrete path, which may hold identifiers). */
  private static String routeOf(io.javalin.http.Context ctx) {
    try {
      return ctx.endpoint().path;
    } catch (RuntimeException noEndpoint) {
      return "(before any route matched)";
    }
  }

  /** 405 when the path exists with other methods, else 404. */
  private static ProblemException unmatched(String path, List<ApiRoute> routes) {
    List<String> allowed = routes.stream().filter(r -> r.matches(path)).map(ApiRoute::method).distinct()
        .collect(Collectors.toList());
    if (allowed.isEmpty()) {
      return new ProblemException(404, "route_not_found", "No such resource.");
    }
    return new ProblemException(405, "method_not_allowed", "This resource does not support this method.",
        List.of(), Map.of("Allow", String.join(", ", allowed)));
  }

  private static ProblemException fromJavalin(HttpResponseException e) {
    int status = e.getStatus();
    switch (status) {
      case 404:
        return new ProblemException(404, "route_not_found", "No such resource.");
      case 405:
        return new ProblemException(405, "method_not_allowed", "This resource does not support this method.");
      case 413:
        return new ProblemException(413, "body_too_large", "The request body is too large.", List.of(), ApiCall.UNREAD_BODY);
      default:
        return new ProblemException(status, "http_" + status, Problems.reasonPhrase(status) + ".");
    }
  }

  /** A copy of an exception chain without messages, for logging stack traces safely. */
  static final class Sanitized extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Sanitized(Throwable original, Throwable cause) {
      super(original.getClass().getName(), cause, false, true);
      setStackTrace(original.getStackTrace());
    }

    static Sanitized of(Throwable t) {
      return t == null ? null : new Sanitized(t, t.getCause() == t ? null : of(t.getCause()));
    }
  }
}
