package nl.wmokader.adapters.rest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.wmokader.adapters.rest.RestOptions;
import nl.wmokader.adapters.rest.testing.ProductionRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API behind a real OpenID Connect provider (mock-oauth2-server: discovery, token endpoint,
 * JWKS) over HTTP: tokens obtained as a client would obtain them, keys fetched from the issuer.
 */
class OpenIdConnectTest {
  private static final String AUDIENCE = "wmo-kader";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static MockOAuth2Server issuer;
  private static TestServer api;

  @BeforeAll
  static void start() throws Exception {
    issuer = new MockOAuth2Server();
    issuer.start();
    TokenSettings settings = TokenSettings.of(issuer.issuerUrl("wmo").toString(), AUDIENCE,
        TokenSettings.jwksUrl(issuer.jwksUrl("wmo").url()));
    api = TestServer.start(RestOptions.defaults().withAuthentication(Authentication.bearerTokens(settings)),
        ProductionRoutes.overInMemoryAdapters());
  }

  @AfterAll
  static void stop() {
    api.close();
    issuer.shutdown();
  }

  /** An access token from the provider's token endpoint (client credentials), with {@code claims}. */
  private static String tokenFromEndpoint(String issuerId, String subject, Map<String, Object> claims) throws Exception {
    issuer.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, JOSEObjectType.JWT.getType(),
        List.of(AUDIENCE), claims, 3600));
    HttpRequest request = HttpRequest.newBuilder(issuer.tokenEndpointUrl(issuerId).uri())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=gemeente-oss"
            + "&client_secret=secret&scope=wmo")).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body()).get("access_token").asText();
  }

  @Test
  void a_token_of_the_provider_opens_the_api_and_names_the_party() throws Exception {
    String token = tokenFromEndpoint("wmo", "privacy-officer-1", Map.of("wmo_role", "region"));
    TestServer.Reply products = api.sendWithHeaders("GET", "/api/v1/products", "Authorization", "Bearer " + token);
    assertThat(products.status()).isEqualTo(200);
    String provider = tokenFromEndpoint("wmo", "zorg-1", Map.of("wmo_role", "provider", "wmo_provider", "12345678"));
    assertThat(api.sendWithHeaders("GET", "/api/v1/region", "Authorization", "Bearer " + provider).status())
        .as("the provider's role may not read the region's definition").isIn(403, 404);
  }

  @Test
  void without_a_valid_token_nothing_but_the_document_answers() throws Exception {
    TestServer.Reply none = api.sendWithHeaders("GET", "/api/v1/products");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("www-authenticate")).contains("Bearer realm=\"wmo-kader\"");
    assertThat(api.sendWithHeaders("GET", "/api/v1/products", "Wmo-Actor", "region").status())
        .as("the development header means nothing here").isEqualTo(401);
    String foreign = tokenFromEndpoint("elsewhere", "mallory", Map.of("wmo_role", "region"));
    TestServer.Reply other = api.sendWithHeaders("GET", "/api/v1/products", "Authorization", "Bearer " + foreign);
    assertThat(other.status()).as("a token of another issuer").isEqualTo(401);
    assertThat(other.body()).contains("invalid_token");
    assertThat(api.sendWithHeaders("GET", "/api/v1/openapi.json").status()).isEqualTo(200);
  }

  @Test
  void keys_rotate_without_a_restart() throws Exception {
    Tokens before = new Tokens();
    Tokens after = new Tokens("2");
    AtomicReference<JWKSet> published = new AtomicReference<>(before.keys().toPublicJWKSet());
    AtomicInteger fetches = new AtomicInteger();
    HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    jwks.createContext("/jwks", exchange -> {
      fetches.incrementAndGet();
      byte[] body = published.get().toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    jwks.start();
    try {
      URL url = URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks").toURL();
      Authentication tokens = Authentication.bearerTokens(
          TokenSettings.of(Tokens.ISSUER, Tokens.AUDIENCE, TokenSettings.jwksUrl(url, Duration.ZERO)).withClock(Tokens.CLOCK));
      String old = before.rs256(Tokens.region("a"));
      assertThat(tokens.authenticate(name -> List.of("Bearer " + old)).person()).contains("a");
      assertThat(tokens.authenticate(name -> List.of("Bearer " + old)).person()).contains("a");
      assertThat(fetches.get()).as("the keys are cached").isEqualTo(1);
      published.set(after.keys().toPublicJWKSet());
      String rotated = after.rs256(Tokens.region("b"));
      assertThat(tokens.authenticate(name -> List.of("Bearer " + rotated)).person())
          .as("a token naming a key the cache lacks fetches the keys again").contains("b");
      assertThat(fetches.get()).isEqualTo(2);
      assertThat(org.junit.jupiter.api.Assertions.assertThrows(nl.wmokader.adapters.rest.ProblemException.class,
          () -> tokens.authenticate(name -> List.of("Bearer " + old))).status())
          .as("a key the issuer withdrew is no longer trusted").isEqualTo(401);
    } finally {
      jwks.stop(0);
    }
  }
}
