package nl.wmokader.examples.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code GET /dashboard}: the regional dashboard's page, and its script, style sheet and charting
 * library beside it ({@code /dashboard/dashboard.js}, {@code /dashboard/dashboard.css}, {@code
 * /dashboard/echarts.min.js}). Public static content: the figures it shows come from the API, which
 * asks for a token. Read from the class path once, when registered; nothing is fetched from
 * elsewhere, and the page's policy forbids it ({@link #CONTENT_SECURITY_POLICY}).
 */
public final class Dashboard {
  public static final String PATH = "/dashboard";
  /** The ECharts release of the WebJar on the class path. */
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  /**
   * This origin only, for scripts, styles, images and requests alike; no inline script or style
   * (ECharts sets styles through the DOM, which the policy does not govern), no plugins, no framing.
   */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  private final Map<String, Asset> assets;

  private Dashboard(Map<String, Asset> assets) {
    this.assets = assets;
  }

  /** The page and its parts, read from the class path now: a jar without them fails here, at start. */
  public static Dashboard fromClassPath() {
    ClassLoader loader = Dashboard.class.getClassLoader();
    String own = "nl/wmokader/examples/dashboard/";
    return new Dashboard(Map.of(
        PATH, new Asset("text/html; charset=utf-8", read(loader, own + "index.html")),
        PATH + "/dashboard.js", new Asset("text/javascript; charset=utf-8", read(loader, own + "dashboard.js")),
        PATH + "/dashboard.css", new Asset("text/css; charset=utf-8", read(loader, own + "dashboard.css")),
        PATH + "/echarts.min.js", new Asset("text/javascript; charset=utf-8", read(loader, ECHARTS))));
  }

  /** Registers a GET for each part; without an actor, since it holds no data. */
  public void register(RoutesConfig routes) {
    assets.forEach((path, asset) -> routes.get(path, ctx -> serve(ctx, asset)));
  }

  private static void serve(Context ctx, Asset asset) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        // revalidated on every load: a new release of the service shows its own page at once
        .header("Cache-Control", "no-cache")
        .contentType(asset.contentType())
        .result(asset.bytes());
  }

  private static byte[] read(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("not on the class path: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Asset(String contentType, byte[] bytes) {}
}
