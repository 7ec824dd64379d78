package nl.wmokader.examples.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The startup benchmark's floor: the least a JVM can do to answer {@code GET /health} with 200 on
 * {@code WMO_HTTP_PORT}: the JDK's own HTTP server and one handler, no database, no framework.
 * Launched the same way as the example service, from the same jar.
 */
public final class HealthFloor {
  private HealthFloor() {}

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(System.getenv("WMO_HTTP_PORT"));
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/health", exchange -> {
      byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
  }
}
