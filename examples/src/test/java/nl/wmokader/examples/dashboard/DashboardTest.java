package nl.wmokader.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's files over HTTP, without a browser: each under the page's policy, of its own type,
 * from the class path; nothing on the page points elsewhere.
 */
class DashboardTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  /** A URL with a scheme or a protocol-relative one in a src, href or fetch: another origin. */
  private static final Pattern ELSEWHERE = Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//|fetch\\(\\s*['\"](https?:)?//");
  private Javalin app;

  @BeforeEach
  void serve() {
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      Dashboard.fromClassPath().register(config.routes);
    }).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void the_page_and_its_parts_come_from_this_origin_under_a_self_only_policy() throws Exception {
    for (var part : List.of(List.of("", "text/html"), List.of("/dashboard.js", "text/javascript"),
        List.of("/dashboard.css", "text/css"), List.of("/echarts.min.js", "text/javascript"))) {
      HttpResponse<String> answer = get(Dashboard.PATH + part.get(0));
      assertThat(answer.statusCode()).as(part.get(0)).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith(part.get(1));
      assertThat(answer.headers().firstValue("Content-Security-Policy")).contains(Dashboard.CONTENT_SECURITY_POLICY);
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      if (!part.get(0).equals("/echarts.min.js")) {
        assertThat(ELSEWHERE.matcher(answer.body()).find()).as(part.get(0) + " points to another origin").isFalse();
      }
    }
    assertThat(Dashboard.CONTENT_SECURITY_POLICY).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'")
        .doesNotContain("unsafe", "*");
    assertThat(get(Dashboard.PATH + "/other.js").statusCode()).as("only the page's own parts").isEqualTo(404);
  }

  @Test
  void the_page_has_no_inline_script_or_style_and_says_its_language() throws Exception {
    String page = get(Dashboard.PATH).body();
    assertThat(page).contains("<html lang=\"nl\">");
    assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page).find()).as("an inline script").isFalse();
    assertThat(page).doesNotContain("<style", " style=\"", "onclick=", "onload=");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
