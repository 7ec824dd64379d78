package nl.wmokader.examples.service;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Answers every request 503 until the service is ready: HTTP starts beside the migration and the
 * seeding, and nothing may read a database that is still being written, nor a load balancer take
 * the service for ready. {@code /health} says {@code {"status":"STARTING"}}; the API answers a
 * problem document with code {@code starting}. Both tell the client to come back in a second.
 */
final class StartingGate implements Handler {
  private static final String RETRY_AFTER_SECONDS = "1";
  private static final String HEALTH = "{\"status\":\"STARTING\"}";
  private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
      + "\"detail\":\"The service is starting; try again shortly.\",\"code\":\"starting\"}";

  private volatile boolean open;

  /** From now on every request passes. */
  void open() {
    open = true;
  }

  @Override
  public void handle(Context ctx) {
    if (open) {
      return;
    }
    boolean health = ExampleService.HEALTH_PATH.equals(ctx.path());
    ctx.status(503)
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .header("Cache-Control", "no-store")
        .contentType(health ? "application/json" : "application/problem+json")
        .result(health ? HEALTH : PROBLEM);
    ctx.skipRemainingHandlers();
  }
}
