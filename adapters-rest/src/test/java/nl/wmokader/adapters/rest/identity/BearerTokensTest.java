package nl.wmokader.adapters.rest.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmokader.adapters.rest.ProblemException;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

class BearerTokensTest implements WithQuickTheories {
  private static final Tokens TOKENS = new Tokens();
  private final Authentication tokens = Authentication.bearerTokens(TOKENS.settings());

  private Actor authenticate(String... authorization) {
    return tokens.authenticate(name -> name.equals("Authorization") ? List.of(authorization) : List.of());
  }

  private Actor bearer(String token) {
    return authenticate("Bearer " + token);
  }

  private static ProblemException refusal(Runnable request) {
    try {
      request.run();
    } catch (ProblemException e) {
      return e;
    }
    throw new AssertionError("accepted");
  }

  private static void assertInvalid(Runnable request) {
    ProblemException problem = refusal(request);
    assertThat(problem.status()).isEqualTo(401);
    assertThat(problem.code()).isEqualTo("invalid_token");
    assertThat(problem.headers()).containsEntry("WWW-Authenticate", "Bearer realm=\"wmo-kader\", error=\"invalid_token\"");
  }

  @Test
  void a_valid_token_names_the_party_and_the_person() {
    assertThat(bearer(TOKENS.rs256(Tokens.region("alice")))).isEqualTo(Actor.region().as("alice"));
    Actor oss = bearer(TOKENS.rs256(Tokens.claims("bob", Map.of("wmo_role", "municipality", "wmo_municipality", "0828"))));
    assertThat(oss.party()).isEqualTo(Actor.municipality(MunicipalityCode.of("0828")));
    assertThat(oss.person()).contains("bob");
    Actor provider = bearer(TOKENS.es256(Tokens.claims("carol", Map.of("wmo_role", "provider", "wmo_provider", "12345678"))));
    assertThat(provider).isEqualTo(Actor.provider(AgbCode.of("12345678")).as("carol"));
    assertThat(authenticate("bearer " + TOKENS.rs256(Tokens.claims("dave", Map.of("wmo_role", "supervisor")))))
        .as("the scheme is case-insensitive").isEqualTo(Actor.supervisor().as("dave"));
  }

  @Test
  void any_municipality_or_provider_code_round_trips_through_a_token() {
    qt().withExamples(30).forAll(integers().between(0, 9999), integers().between(0, 99_999_999)).checkAssert((cbs, agb) -> {
      String municipality = String.format("%04d", cbs);
      String provider = String.format("%08d", agb);
      assertThat(bearer(TOKENS.rs256(Tokens.claims("p" + cbs, Map.of("wmo_role", "municipality", "wmo_municipality",
          municipality))))).isEqualTo(Actor.municipality(MunicipalityCode.of(municipality)).as("p" + cbs));
      assertThat(bearer(TOKENS.es256(Tokens.claims("q" + agb, Map.of("wmo_role", "provider", "wmo_provider", provider)))))
          .isEqualTo(Actor.provider(AgbCode.of(provider)).as("q" + agb));
    });
  }

  @Test
  void roles_may_sit_in_an_array_at_a_nested_path() {
    Authentication keycloak = Authentication.bearerTokens(TOKENS.settings()
        .withClaims(new ClaimMapping("realm_access.roles", "org.cbs", "org.agb", "preferred_username")));
    JWTClaimsSet.Builder claims = Tokens.claims("f3a1", Map.of(
        "realm_access", Map.of("roles", List.of("offline_access", "municipality", "uma_authorization")),
        "org", Map.of("cbs", "1721"), "preferred_username", "erin"));
    assertThat(keycloak.authenticate(name -> List.of("Bearer " + TOKENS.rs256(claims))))
        .isEqualTo(Actor.municipality(MunicipalityCode.of("1721")).as("erin"));
    JWTClaimsSet.Builder twoRoles = Tokens.claims("f3a2", Map.of(
        "realm_access", Map.of("roles", List.of("region", "municipality")), "preferred_username", "frank"));
    assertThat(refusal(() -> keycloak.authenticate(name -> List.of("Bearer " + TOKENS.rs256(twoRoles)))).status())
        .as("a token names one role").isEqualTo(403);
  }

  @Test
  void no_token_or_another_scheme_is_a_401_with_the_bearer_challenge() {
    for (String[] headers : List.of(new String[0], new String[] {"Basic dXNlcjpwYXNz"}, new String[] {"Bearer"},
        new String[] {""}, new String[] {"Token abc"})) {
      ProblemException problem = refusal(() -> authenticate(headers));
      assertThat(problem.status()).isEqualTo(401);
      assertThat(problem.code()).isEqualTo("token_missing");
      assertThat(problem.headers()).containsEntry("WWW-Authenticate", "Bearer realm=\"wmo-kader\"");
    }
  }

  @Test
  void two_authorization_headers_are_a_400() {
    String token = TOKENS.rs256(Tokens.region("alice"));
    ProblemException problem = refusal(() -> authenticate("Bearer " + token, "Bearer " + token));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.code()).isEqualTo("credentials_ambiguous");
  }

  @Test
  void expiry_and_not_before_hold_within_the_clock_skew_only() {
    Date now = Date.from(Tokens.NOW);
    assertThat(bearer(TOKENS.rs256(Tokens.region("a").expirationTime(Date.from(Tokens.NOW.minusSeconds(30))))))
        .as("expired 30 s ago: within the 60 s skew").isEqualTo(Actor.region().as("a"));
    assertInvalid(() -> bearer(TOKENS.rs256(Tokens.region("a").expirationTime(Date.from(Tokens.NOW.minusSeconds(61))))));
    assertInvalid(() -> bearer(TOKENS.rs256(Tokens.region("a").notBeforeTime(Date.from(Tokens.NOW.plusSeconds(120))))));
    assertThat(bearer(TOKENS.rs256(Tokens.region("a").notBeforeTime(Date.from(Tokens.NOW.plusSeconds(30))))))
        .isEqualTo(Actor.region().as("a"));
    assertInvalid(() -> bearer(TOKENS.rs256(Tokens.region("a").expirationTime(null))));
    Authentication strict = Authentication.bearerTokens(TOKENS.settings().withClockSkew(Duration.ZERO));
    String justExpired = TOKENS.rs256(Tokens.region("a").expirationTime(now));
    assertThat(refusal(() -> strict.authenticate(name -> List.of("Bearer " + justExpired))).status()).isEqualTo(401);
  }

  @Test
  void another_issuer_or_audience_is_refused() {
    assertInvalid(() -> bearer(TOKENS.rs256(Tokens.region("a").issuer("https://evil.example.test"))));
    assertInvalid(() -> bearer(TOKENS.rs256(Tokens.region("a").audience("another-api"))));
    assertInvalid(() -> bearer(TOKENS.rs256(Tokens.region("a").audience((String) null))));
    assertThat(bearer(TOKENS.rs256(Tokens.region("a").audience(List.of("another-api", Tokens.AUDIENCE)))))
        .as("one of several audiences").isEqualTo(Actor.region().as("a"));
  }

  @Test
  void unsigned_confused_foreign_or_altered_tokens_are_refused() throws Exception {
    assertInvalid(() -> bearer(Tokens.unsigned(Tokens.region("a"))));
    assertInvalid(() -> bearer(TOKENS.hs256WithPublicKey(Tokens.region("a"))));
    Tokens stranger = new Tokens();
    assertInvalid(() -> bearer(stranger.rs256(Tokens.region("a"))));
    String genuine = TOKENS.rs256(Tokens.claims("a", Map.of("wmo_role", "municipality", "wmo_municipality", "0828")));
    String[] parts = genuine.split("\\.");
    String forged = Tokens.unsigned(Tokens.region("a")).split("\\.")[1];
    assertInvalid(() -> bearer(parts[0] + "." + forged + "." + parts[2]));
    assertInvalid(() -> bearer("not-a-jwt"));
    assertInvalid(() -> bearer("a.b.c"));
    assertInvalid(() -> bearer("ey J"));
    assertInvalid(() -> bearer("x".repeat(20_000)));
    var impostor = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(JWSAlgorithm.RS256)
        .keyID(TOKENS.rsa.getKeyID()).build(), Tokens.region("a").build());
    impostor.sign(new com.nimbusds.jose.crypto.RSASSASigner(new RSAKeyGenerator(2048).generate()));
    assertInvalid(() -> bearer(impostor.serialize()));
  }

  @Test
  void only_the_allowed_algorithms_are_accepted() {
    Authentication ecOnly = Authentication.bearerTokens(TOKENS.settings().withAlgorithms(Set.of(JWSAlgorithm.ES256)));
    assertThat(ecOnly.authenticate(name -> List.of("Bearer " + TOKENS.es256(Tokens.region("a")))))
        .isEqualTo(Actor.region().as("a"));
    assertThat(refusal(() -> ecOnly.authenticate(name -> List.of("Bearer " + TOKENS.rs256(Tokens.region("a"))))).status())
        .isEqualTo(401);
    assertThatThrownBy(() -> TOKENS.settings().withAlgorithms(Set.of(JWSAlgorithm.HS256)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TOKENS.settings().withAlgorithms(Set.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_token_names_a_person() {
    assertInvalid(() -> bearer(TOKENS.rs256(Tokens.region(null))));
    assertInvalid(() -> bearer(TOKENS.rs256(Tokens.region(" "))));
    assertInvalid(() -> bearer(TOKENS.rs256(Tokens.region("a\u0000b"))));
    assertInvalid(() -> bearer(TOKENS.rs256(Tokens.region("x".repeat(256)))));
  }

  @Test
  void a_valid_token_without_a_party_of_this_api_is_a_403() {
    for (Map<String, Object> claims : List.<Map<String, Object>>of(Map.of(), Map.of("wmo_role", "admin"),
        Map.of("wmo_role", "REGION"), Map.of("wmo_role", 7), Map.of("wmo_role", "municipality"),
        Map.of("wmo_role", "municipality", "wmo_municipality", "828"),
        Map.of("wmo_role", "provider", "wmo_provider", "1234567x"), Map.of("wmo_role", List.of()))) {
      ProblemException problem = refusal(() -> bearer(TOKENS.rs256(Tokens.claims("a", claims))));
      assertThat(problem.status()).as(claims.toString()).isEqualTo(403);
      assertThat(problem.code()).isEqualTo("forbidden");
    }
  }

  @Test
  void the_answer_never_repeats_the_token() {
    String token = TOKENS.rs256(Tokens.region("a").issuer("https://evil.example.test"));
    assertThat(refusal(() -> bearer(token)).getMessage()).doesNotContain(token.split("\\.")[1]);
  }
}
