package nl.wmokader.adapters.rest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.RestOptions;
import nl.wmokader.adapters.rest.WmoRestApi;
import nl.wmokader.adapters.rest.identity.Authentication;

/** The API on a random loopback port, spoken to over real HTTP. */
public final class TestServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Javalin app;
  private final String origin;

  private TestServer(Javalin app) {
    this.app = app;
    this.origin = "http://127.0.0.1:" + app.port();
  }

  public static TestServer start(RestOptions options, List<? extends ApiRoutes> routes) {
    return new TestServer(WmoRestApi.create(options, routes).start("127.0.0.1", 0));
  }

  /** An app the test configured itself, started here on a random port. */
  public static TestServer start(Javalin app) {
    return new TestServer(app.start("127.0.0.1", 0));
  }

  public static TestServer start(ApiRoutes... routes) {
    return start(options(), List.of(routes));
  }

  /**
   * The default options in the development mode (the {@code Wmo-Actor} header), in which the route
   * tests name their actors; the bearer tokens have tests of their own.
   */
  public static RestOptions options() {
    return RestOptions.defaults().withAuthentication(Authentication.developmentHeader());
  }

  public Javalin app() {
    return app;
  }

  public Reply get(String path, String actor) {
    return send("GET", path, actor, null, null);
  }

  public Reply put(String path, String actor, String json) {
    return send("PUT", path, actor, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  public Reply post(String path, String actor, String json) {
    return send("POST", path, actor, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** Any request; {@code actor}, {@code contentType} and {@code body} may be null. */
  public Reply send(String method, String path, String actor, String contentType, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(20));
    if (actor != null) {
      request.header("Wmo-Actor", actor);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    return exchange(request.build());
  }

  /** A request without a body, with {@code headers} as name, value, name, value… (a name may repeat). */
  public Reply sendWithHeaders(String method, String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(20));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    request.method(method, HttpRequest.BodyPublishers.noBody());
    return exchange(request.build());
  }

  /** A request whose body is streamed without a Content-Length (chunked). */
  public Reply sendChunked(String method, String path, String actor, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(20))
        .header("Wmo-Actor", actor).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    return exchange(request.build());
  }

  /**
   * One exchange. When no answer arrives at all, it is tried up to twice more, each on a connection
   * of its own: a server that refuses a body it will not read (413, 415) answers and closes while a
   * large body is still on its way, and the reset can overtake the answer (a transport race, not a
   * server fault, seen twice in a row on a loaded machine; every retry must still get the same answer).
   */
  private static Reply exchange(HttpRequest request) {
    try {
      HttpResponse<String> response = null;
      IOException lastReset = null;
      for (int attempt = 0; attempt < 3 && response == null; attempt++) {
        try {
          response = (attempt == 0 ? HTTP : HttpClient.newHttpClient())
              .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException noAnswer) {
          lastReset = noAnswer;
        }
      }
      if (response == null) {
        throw lastReset;
      }
      return new Reply(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }

  /** A response: status, headers (names lower-case) and body. */
  public record Reply(int status, java.util.Map<String, List<String>> headers, String body) {
    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    /** The {@code code} of a problem body. */
    public String code() {
      return json().path("code").asText();
    }

    /** {@code name:code} of every invalid param, in order. */
    public List<String> invalidParams() {
      List<String> out = new java.util.ArrayList<>();
      json().path("invalidParams").forEach(p -> out.add(p.path("name").asText() + ":" + p.path("code").asText()));
      return out;
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
