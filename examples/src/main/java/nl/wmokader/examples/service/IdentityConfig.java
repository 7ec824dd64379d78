package nl.wmokader.examples.service;

import static java.util.Objects.requireNonNull;

import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import nl.wmokader.adapters.rest.identity.Authentication;
import nl.wmokader.adapters.rest.identity.ClaimMapping;
import nl.wmokader.adapters.rest.identity.TokenSettings;

/**
 * How the example service settles who acts: an OpenID Connect provider in production, otherwise
 * its own {@link DevelopmentTokens}, or, only when asked for by name, the {@code Wmo-Actor} header.
 */
public sealed interface IdentityConfig {

  /** The authentication of the REST API; {@code clock} checks expiry. */
  Authentication authentication(Clock clock);

  /** One line for the start-up log: how requests are authenticated. */
  String describe();

  /**
   * Tokens of a real issuer: {@code keys} is its JWKS URL or a JWKS file.
   *
   * @param issuer the exact {@code iss} of its tokens
   * @param audience the {@code aud} they must carry for this service
   * @param jwksUrl where its keys are published (none: {@code jwksFile})
   * @param jwksFile a file with its keys (none: {@code jwksUrl})
   * @param claims which claims name the actor
   */
  record OpenIdConnect(String issuer, String audience, URL jwksUrl, Path jwksFile, ClaimMapping claims)
      implements IdentityConfig {
    public OpenIdConnect {
      requireNonNull(issuer, "issuer");
      requireNonNull(audience, "audience");
      requireNonNull(claims, "claims");
      if ((jwksUrl == null) == (jwksFile == null)) {
        throw new IllegalArgumentException("exactly one of jwksUrl and jwksFile");
      }
    }

    @Override
    public Authentication authentication(Clock clock) {
      return Authentication.bearerTokens(TokenSettings.of(issuer, audience,
          jwksUrl != null ? TokenSettings.jwksUrl(jwksUrl) : TokenSettings.jwksFile(jwksFile))
          .withClaims(claims).withClock(clock));
    }

    @Override
    public String describe() {
      return "bearer tokens of " + issuer + " for " + audience + " (keys from " + (jwksUrl != null ? jwksUrl : jwksFile)
          + ")";
    }
  }

  /** The service's own development tokens, signed with the key in {@code keyFile} (made on first use). */
  record Development(Path keyFile) implements IdentityConfig {
    public Development {
      requireNonNull(keyFile, "keyFile");
    }

    @Override
    public Authentication authentication(Clock clock) {
      return Authentication.bearerTokens(DevelopmentTokens.inFile(keyFile).settings(clock));
    }

    @Override
    public String describe() {
      return "DEVELOPMENT tokens signed with the key in " + keyFile + " (no " + ServiceConfig.AUTH_ISSUER
          + " configured; get one with: java -jar wmo-kader-examples.jar token region)";
    }
  }

  /** The development mode: the {@code Wmo-Actor} header is believed as it stands. */
  record DevelopmentHeader() implements IdentityConfig {
    @Override
    public Authentication authentication(Clock clock) {
      return Authentication.developmentHeader();
    }

    @Override
    public String describe() {
      return "DEVELOPMENT MODE: the Wmo-Actor header is trusted as it stands, so anyone who can reach this service "
          + "can act as any party (" + ServiceConfig.AUTH_MODE + "=development-header); never use it in front of anyone";
    }
  }
}
