package nl.wmokader.adapters.rest.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wmokader.adapters.rest.ProblemException;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Bearer tokens (RFC 6750): a JWT in the {@code Authorization} header, verified against the
 * issuer's keys and {@link TokenSettings}, its actor read by {@link ClaimMapping}, the person
 * acting taken along for the audit trail. Answers: no token (or another scheme) 401; a token that
 * is malformed, badly signed, of another issuer or audience, expired or not yet valid, or without
 * a person 401 with {@code error="invalid_token"}; two {@code Authorization} headers 400; a valid
 * token that names no role of this API or no well-formed organisation 403; the issuer's keys
 * unavailable 503. The token itself is never logged nor repeated in an answer.
 */
public final class BearerTokens implements Authentication {
  /** The {@code WWW-Authenticate} challenge of a 401 without a token. */
  public static final String CHALLENGE = "Bearer realm=\"wmo-kader\"";
  private static final String INVALID = CHALLENGE + ", error=\"invalid_token\"";
  /** RFC 6750's b64token, bounded: a real token is a few kilobytes at most. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]{1,16384}=*");
  private static final Set<String> ROLES = Set.of("region", "supervisor", "analyst", "municipality", "provider");

  private final TokenSettings settings;
  private final DefaultJWTProcessor<SecurityContext> processor;

  BearerTokens(TokenSettings settings) {
    this.settings = settings;
    this.processor = new DefaultJWTProcessor<>();
    // RFC 9068 access tokens say at+jwt; many providers say JWT or nothing.
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
        new JOSEObjectType("at+jwt"), new JOSEObjectType("application/at+jwt"), null));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(settings.algorithms(), settings.keys()));
    DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(Set.of(settings.audience()),
        new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("exp"), null) {
      @Override
      protected Date currentTime() {
        return Date.from(settings.clock().instant());
      }
    };
    claims.setMaxClockSkew((int) settings.clockSkew().toSeconds());
    processor.setJWTClaimsSetVerifier(claims);
  }

  @Override
  public Actor authenticate(Headers headers) {
    List<String> values = headers.all("Authorization");
    if (values.size() > 1) {
      throw new ProblemException(400, "credentials_ambiguous",
          "The Authorization header is given " + values.size() + " times: a request carries one token.",
          List.of(), Map.of());
    }
    String value = values.isEmpty() ? "" : values.get(0).strip();
    int space = value.indexOf(' ');
    if (space < 0 || !value.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
      throw new ProblemException(401, "token_missing",
          "A bearer token is required: Authorization: Bearer <token> (an access token of the region's identity provider).",
          List.of(), Map.of("WWW-Authenticate", CHALLENGE));
    }
    String token = value.substring(space + 1).strip();
    if (!TOKEN.matcher(token).matches()) {
      throw invalid("The bearer token is not a token (RFC 6750's characters, at most 16 KB).");
    }
    JWTClaimsSet claims;
    try {
      claims = processor.process(token, null);
    } catch (ParseException e) {
      throw invalid("The bearer token is not a JWT.");
    } catch (BadJOSEException e) {
      throw invalid("The bearer token is not accepted: " + brief(e.getMessage()) + ".");
    } catch (JOSEException e) {
      // The keys could not be fetched (or checked): the token may be fine, the service cannot tell.
      throw new ProblemException(503, "identity_provider_unavailable",
          "The identity provider's keys cannot be had now: try again later.", List.of(), Map.of("Retry-After", "30"));
    }
    return actor(claims.getClaims()).as(person(claims.getClaims()));
  }

  private String person(Map<String, Object> claims) {
    Object person = claim(claims, settings.claims().person());
    if (!(person instanceof String text) || text.isBlank() || text.length() > 255
        || text.chars().anyMatch(Character::isISOControl)) {
      throw invalid("The bearer token names no person (claim " + settings.claims().person()
          + ": 1 to 255 characters): who acts must be known.");
    }
    return text;
  }

  private Actor actor(Map<String, Object> claims) {
    ClaimMapping mapping = settings.claims();
    String role = role(claim(claims, mapping.role()));
    switch (role) {
      case "region":
        return Actor.region();
      case "supervisor":
        return Actor.supervisor();
      case "analyst":
        return Actor.analyst();
      case "municipality":
        return Actor.municipality(MunicipalityCode.of(code(claims, mapping.municipality(), "[0-9]{4}",
            "a municipality's 4-digit CBS code")));
      case "provider":
        return Actor.provider(AgbCode.of(code(claims, mapping.provider(), "[0-9]{8}", "a provider's 8-digit AGB code")));
      default:
        throw forbidden("The token is valid but names no role of this API (claim " + mapping.role()
            + ": region, supervisor, analyst, municipality or provider, exactly one).");
    }
  }

  /** The one role a claim names, or the empty string. */
  private static String role(Object value) {
    if (value instanceof String text) {
      return ROLES.contains(text) ? text : "";
    }
    if (value instanceof List<?> values) {
      List<?> known = values.stream().filter(ROLES::contains).distinct().toList();
      return known.size() == 1 ? (String) known.get(0) : "";
    }
    return "";
  }

  private static String code(Map<String, Object> claims, String path, String pattern, String what) {
    Object value = claim(claims, path);
    if (value instanceof String text && text.matches(pattern)) {
      return text;
    }
    throw forbidden("The token is valid but its claim " + path + " is not " + what + ".");
  }

  /** The claim at a dotted path into nested objects, or null. */
  private static Object claim(Map<String, Object> claims, String path) {
    Object current = claims;
    for (String name : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> object)) {
        return null;
      }
      current = object.get(name);
    }
    return current;
  }

  /** The verifier's reason, short: it may quote the token's own claims (an issuer, an audience). */
  private static String brief(String reason) {
    String text = reason == null ? "rejected" : reason;
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  private static ProblemException invalid(String detail) {
    return new ProblemException(401, "invalid_token", detail, List.of(), Map.of("WWW-Authenticate", INVALID));
  }

  private static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", detail);
  }

  @Override
  public String toString() {
    return "bearer tokens of " + settings.issuer() + " for " + settings.audience();
  }
}
