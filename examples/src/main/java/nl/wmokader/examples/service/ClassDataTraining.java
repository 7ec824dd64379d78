package nl.wmokader.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.wmokader.core.shared.Actor;

/**
 * The training run of the service's class-data archive (AppCDS): the build runs this with {@code
 * -XX:ArchiveClassesAtExit=target/wmo-kader-examples.jsa} from the service's own jar, and the
 * service's argument file ({@code java @target/wmo-kader-examples.args}, with {@code
 * -XX:SharedArchiveFile}) then maps the classes a start needs instead of loading and verifying them
 * one by one (docs/operations.md, "Start-up"). It does what a first start does, in a
 * temporary directory on a free port (migrate, seed the demo, serve), asks a few routes so that
 * the REST adapter's classes are loaded too, stops and removes the directory.
 */
public final class ClassDataTraining {
  private static final String[] ROUTES = {"/health", "/api/v1/region", "/api/v1/claims",
      "/api/v1/settlements/0828/2026-01", "/api/v1/central-payments/2026-01", "/api/v1/no-such-route"};

  private ClassDataTraining() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("wmo-cds-training");
    try {
      String url = "jdbc:h2:file:" + dir.resolve("wmo-kader").toAbsolutePath() + ";MODE=PostgreSQL;"
          + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=512";
      Path key = dir.resolve("dev-signing-key.json");
      try (ExampleService service = ExampleService.start(ServiceConfig.defaults().withDatabase(url).withHttpPort(0)
          .withIdentity(new IdentityConfig.Development(key)))) {
        String token = DevelopmentTokens.inFile(key).issue(Actor.region(), "cds-training", Duration.ofMinutes(5),
            Clock.systemUTC());
        for (String route : ROUTES) {
          get(service.port(), route, token);
        }
      }
    } finally {
      delete(dir);
    }
  }

  /** Asks {@code route} as the region and reads the answer whole, whatever its status. */
  private static void get(int port, String route, String token) throws IOException {
    HttpURLConnection http = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + route).toURL().openConnection();
    http.setRequestProperty("Authorization", "Bearer " + token);
    http.getResponseCode();
    try (InputStream body = http.getErrorStream() != null ? http.getErrorStream() : http.getInputStream()) {
      body.readAllBytes();
    } finally {
      http.disconnect();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
