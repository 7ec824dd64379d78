package nl.wmokader.adapters.rest.identity;

import static java.util.Objects.requireNonNull;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * What a bearer token must be to be accepted: signed by one of the issuer's keys with an allowed
 * algorithm, issued by {@code issuer} for {@code audience}, not expired and already valid (within
 * {@code clockSkew}), its actor named by {@code claims}.
 *
 * @param issuer the exact {@code iss} every token must carry
 * @param audience a value the token's {@code aud} must contain
 * @param keys the issuer's public keys ({@link #jwksUrl}, {@link #jwksFile} or a fixed set)
 * @param algorithms the signature algorithms accepted: asymmetric only ({@code none} and the HMAC
 *     family are refused, since a shared secret would let every party that verifies also sign)
 * @param clockSkew how far the clocks of issuer and service may differ, at most five minutes
 * @param claims which claims name the actor
 * @param clock the service's clock, for expiry and not-before
 */
public record TokenSettings(String issuer, String audience, JWKSource<SecurityContext> keys,
                            Set<JWSAlgorithm> algorithms, Duration clockSkew, ClaimMapping claims, Clock clock) {

  /** RSA (PKCS #1 and PSS) and ECDSA, every size: what OpenID Connect providers sign with. */
  public static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
      JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
      JWSAlgorithm.ES512);
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
  private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

  public TokenSettings {
    requireNonNull(issuer, "issuer");
    requireNonNull(audience, "audience");
    requireNonNull(keys, "keys");
    requireNonNull(algorithms, "algorithms");
    requireNonNull(clockSkew, "clockSkew");
    requireNonNull(claims, "claims");
    requireNonNull(clock, "clock");
    if (issuer.isBlank() || audience.isBlank()) {
      throw new IllegalArgumentException("issuer and audience are required");
    }
    if (algorithms.isEmpty() || !ASYMMETRIC.containsAll(algorithms)) {
      throw new IllegalArgumentException("algorithms must be a non-empty subset of " + ASYMMETRIC);
    }
    if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
      throw new IllegalArgumentException("clockSkew must be 0 to 5 minutes");
    }
    algorithms = Set.copyOf(algorithms);
  }

  /** Tokens of {@code issuer} for {@code audience}, with every asymmetric algorithm, the default skew and claims. */
  public static TokenSettings of(String issuer, String audience, JWKSource<SecurityContext> keys) {
    return new TokenSettings(issuer, audience, keys, ASYMMETRIC, DEFAULT_CLOCK_SKEW, ClaimMapping.defaults(),
        Clock.systemUTC());
  }

  /**
   * The issuer's keys from its JWKS URL: fetched when first needed, cached for five minutes and
   * refreshed ahead of expiry, fetched again (at most once in 30 s) when a token names a key the
   * cache does not hold, so the issuer can rotate its keys without a restart; an outage of the
   * issuer is bridged with the keys last fetched for up to an hour.
   */
  public static JWKSource<SecurityContext> jwksUrl(URL url) {
    return jwksUrl(url, Duration.ofSeconds(30));
  }

  /** {@link #jwksUrl(URL)}, fetching again for an unknown key at most once per {@code refetchInterval} (zero: each time). */
  public static JWKSource<SecurityContext> jwksUrl(URL url, Duration refetchInterval) {
    JWKSourceBuilder<SecurityContext> builder = JWKSourceBuilder.<SecurityContext>create(url)
        .cache(Duration.ofMinutes(5).toMillis(), Duration.ofSeconds(15).toMillis())
        .outageTolerant(Duration.ofHours(1).toMillis());
    return (refetchInterval.isZero() ? builder.rateLimited(false) : builder.rateLimited(refetchInterval.toMillis())).build();
  }

  /** The issuer's public keys from a JWKS file (read once); private parts in it are ignored. */
  public static JWKSource<SecurityContext> jwksFile(Path file) {
    try {
      return keySet(JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JWKS file " + file, e);
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a JWK set: " + file, e);
    }
  }

  /** A fixed set of keys (their public parts). */
  public static JWKSource<SecurityContext> keySet(JWKSet keys) {
    return new ImmutableJWKSet<>(keys.toPublicJWKSet());
  }

  public TokenSettings withAlgorithms(Set<JWSAlgorithm> allowed) {
    return new TokenSettings(issuer, audience, keys, allowed, clockSkew, claims, clock);
  }

  public TokenSettings withClockSkew(Duration skew) {
    return new TokenSettings(issuer, audience, keys, algorithms, skew, claims, clock);
  }

  public TokenSettings withClaims(ClaimMapping mapping) {
    return new TokenSettings(issuer, audience, keys, algorithms, clockSkew, mapping, clock);
  }

  public TokenSettings withClock(Clock serviceClock) {
    return new TokenSettings(issuer, audience, keys, algorithms, clockSkew, claims, serviceClock);
  }
}
