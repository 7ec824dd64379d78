package nl.wmokader.adapters.rest.identity;

import java.util.List;
import nl.wmokader.adapters.rest.ProblemException;
import nl.wmokader.core.shared.Actor;

/**
 * How a request proves who acts. Every route but the public ones runs it before anything else.
 * Configured once per service ({@link nl.wmokader.adapters.rest.RestOptions#withAuthentication}):
 * there is no default, so a service never trusts an unproven identity by accident.
 */
public interface Authentication {

  /**
   * The actor the request's credentials prove, with the person acting when known.
   *
   * @throws ProblemException 401 (with {@code WWW-Authenticate}) when there are no credentials or
   *     they are not valid; 400 when the request carries two; 403 when the identity is valid but
   *     names no party of the API (no role, or a malformed organisation code); 503 when the
   *     identity provider's keys cannot be had
   */
  Actor authenticate(Headers headers);

  /** A request's headers, by name (case-insensitive), each value as sent. */
  @FunctionalInterface
  interface Headers {
    List<String> all(String name);
  }

  /** Bearer tokens (JWT) of an OpenID Connect provider: see {@link BearerTokens}. */
  static Authentication bearerTokens(TokenSettings settings) {
    return new BearerTokens(settings);
  }

  /**
   * The {@code Wmo-Actor} header, trusted as it stands: for development and tests only, never in
   * front of anyone (whoever can send a header can be any party).
   */
  static Authentication developmentHeader() {
    return new DevelopmentHeader();
  }
}
