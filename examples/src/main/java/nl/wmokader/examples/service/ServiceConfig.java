package nl.wmokader.examples.service;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import nl.wmokader.adapters.rest.RateLimit;
import nl.wmokader.adapters.rest.identity.ClaimMapping;

/**
 * The example service's configuration, read from environment variables (ARCHITECTURE.md,
 * "Configuration names"): {@code WMO_DB_URL}, {@code WMO_DB_USER}, {@code WMO_DB_PASSWORD},
 * {@code WMO_HTTP_HOST}, {@code WMO_HTTP_PORT}, {@code WMO_RATE_LIMIT} and the identity: {@code
 * WMO_AUTH_ISSUER}, {@code WMO_AUTH_AUDIENCE}, {@code WMO_AUTH_JWKS_URL} or {@code WMO_AUTH_JWKS_FILE},
 * {@code WMO_AUTH_CLAIM_ROLE}, {@code WMO_AUTH_CLAIM_MUNICIPALITY}, {@code WMO_AUTH_CLAIM_PROVIDER},
 * {@code WMO_AUTH_CLAIM_PERSON}; without an issuer the service's own development tokens ({@code
 * WMO_DEV_KEY_FILE}), or with {@code WMO_AUTH_MODE=development-header} the {@code Wmo-Actor} header.
 *
 * @param dbUrl the JDBC URL; by default an H2 file database under {@code ./data}
 * @param dbUser the database user, none for the driver's default
 * @param dbPassword the database password, none for the driver's default
 * @param httpPort the HTTP port, 0..65535; 0 picks a free one
 * @param httpHost the address to listen on: the loopback interface unless configured, so that the
 *     service is reached only through what the operator puts in front of it (a proxy terminating TLS)
 * @param rateLimit requests per actor before a 429; none: unlimited
 * @param identity how requests prove who acts
 */
public record ServiceConfig(String dbUrl, Option<String> dbUser, Option<String> dbPassword, int httpPort,
                            String httpHost, Option<RateLimit> rateLimit, IdentityConfig identity) {

  public static final String DB_URL = "WMO_DB_URL";
  public static final String DB_USER = "WMO_DB_USER";
  public static final String DB_PASSWORD = "WMO_DB_PASSWORD";
  public static final String HTTP_PORT = "WMO_HTTP_PORT";
  public static final String HTTP_HOST = "WMO_HTTP_HOST";
  public static final String DEFAULT_HTTP_HOST = "127.0.0.1";
  public static final String RATE_LIMIT = "WMO_RATE_LIMIT";
  public static final String AUTH_MODE = "WMO_AUTH_MODE";
  public static final String AUTH_ISSUER = "WMO_AUTH_ISSUER";
  public static final String AUTH_AUDIENCE = "WMO_AUTH_AUDIENCE";
  public static final String AUTH_JWKS_URL = "WMO_AUTH_JWKS_URL";
  public static final String AUTH_JWKS_FILE = "WMO_AUTH_JWKS_FILE";
  public static final String AUTH_CLAIM_ROLE = "WMO_AUTH_CLAIM_ROLE";
  public static final String AUTH_CLAIM_MUNICIPALITY = "WMO_AUTH_CLAIM_MUNICIPALITY";
  public static final String AUTH_CLAIM_PROVIDER = "WMO_AUTH_CLAIM_PROVIDER";
  public static final String AUTH_CLAIM_PERSON = "WMO_AUTH_CLAIM_PERSON";
  public static final String DEV_KEY_FILE = "WMO_DEV_KEY_FILE";
  /** Beside the embedded database's files, and as closely guarded (owner-only). */
  public static final Path DEFAULT_DEV_KEY_FILE = Path.of("data", "dev-signing-key.json");
  /** 100 requests a second per actor, bursts of 500: far above what a member's or provider's software sends. */
  public static final RateLimit DEFAULT_RATE_LIMIT = new RateLimit(100, 500);

  /**
   * H2 in PostgreSQL mode, so that it runs the same SQL as PostgreSQL. {@code DB_CLOSE_ON_EXIT=FALSE}:
   * the service's own shutdown hook closes the pool and with it the database, after the last request,
   * rather than H2's hook racing it. {@code QUERY_CACHE_SIZE=512}: each connection keeps the parsed
   * form of every statement the adapters send (a few hundred) instead of H2's default eight, which a
   * use case's reads and writes cycle through, so that H2 parses each once, not once per use.
   * {@code TRACE_LEVEL_FILE=0}: H2 writes no {@code .trace.db} file, whose error lines quote a failed
   * statement's values (a key's BSN) beside the data.
   */
  public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/wmo-kader;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
      + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=512;TRACE_LEVEL_FILE=0";
  public static final int DEFAULT_HTTP_PORT = 8080;

  public ServiceConfig {
    requireNonNull(dbUrl, "dbUrl");
    requireNonNull(dbUser, "dbUser");
    requireNonNull(dbPassword, "dbPassword");
    if (httpPort < 0 || httpPort > 65_535) {
      throw new IllegalArgumentException("httpPort must be 0..65535");
    }
    requireNonNull(httpHost, "httpHost");
    requireNonNull(rateLimit, "rateLimit");
    requireNonNull(identity, "identity");
  }

  /** On the loopback interface ({@value #DEFAULT_HTTP_HOST}), with the default rate limit and development tokens. */
  public ServiceConfig(String dbUrl, Option<String> dbUser, Option<String> dbPassword, int httpPort) {
    this(dbUrl, dbUser, dbPassword, httpPort, DEFAULT_HTTP_HOST, Option.some(DEFAULT_RATE_LIMIT),
        new IdentityConfig.Development(DEFAULT_DEV_KEY_FILE));
  }

  /** The defaults: the H2 file database under {@code ./data} and port 8080 on the loopback interface. */
  public static ServiceConfig defaults() {
    return new ServiceConfig(DEFAULT_DB_URL, Option.none(), Option.none(), DEFAULT_HTTP_PORT);
  }

  /** This configuration on another database (user and password none: the driver's defaults). */
  public ServiceConfig withDatabase(String url) {
    return new ServiceConfig(url, Option.none(), Option.none(), httpPort, httpHost, rateLimit, identity);
  }

  public ServiceConfig withHttpPort(int port) {
    return new ServiceConfig(dbUrl, dbUser, dbPassword, port, httpHost, rateLimit, identity);
  }

  public ServiceConfig withIdentity(IdentityConfig how) {
    return new ServiceConfig(dbUrl, dbUser, dbPassword, httpPort, httpHost, rateLimit, how);
  }

  /**
   * Reads {@code environment} (normally {@link System#getenv()}); an unset or blank variable takes
   * its default.
   *
   * @throws InvalidConfiguration naming the variable when a value cannot be used
   */
  public static ServiceConfig fromEnvironment(Map<String, String> environment) {
    return new ServiceConfig(
        value(environment, DB_URL).map(ServiceConfig::dbUrl).getOrElse(DEFAULT_DB_URL),
        value(environment, DB_USER),
        // Not stripped: a password may well begin or end with a space.
        Option.of(environment.get(DB_PASSWORD)).filter(p -> !p.isEmpty()),
        value(environment, HTTP_PORT).map(ServiceConfig::port).getOrElse(DEFAULT_HTTP_PORT),
        value(environment, HTTP_HOST).getOrElse(DEFAULT_HTTP_HOST),
        value(environment, RATE_LIMIT).map(ServiceConfig::rateLimit).getOrElse(Option.some(DEFAULT_RATE_LIMIT)),
        identity(environment));
  }

  /** An issuer configured: its tokens; else the development tokens, or the header when asked for by name. */
  private static IdentityConfig identity(Map<String, String> environment) {
    Option<String> issuer = value(environment, AUTH_ISSUER);
    String mode = value(environment, AUTH_MODE).getOrElse(issuer.isDefined() ? "oidc" : "development-tokens");
    switch (mode) {
      case "oidc": {
        if (issuer.isEmpty()) {
          throw new InvalidConfiguration(AUTH_MODE + "=oidc needs " + AUTH_ISSUER);
        }
        String audience = value(environment, AUTH_AUDIENCE).getOrElseThrow(() ->
            new InvalidConfiguration(AUTH_AUDIENCE + " is required with " + AUTH_ISSUER + " (the aud of this service's tokens)"));
        Option<String> url = value(environment, AUTH_JWKS_URL);
        Option<String> file = value(environment, AUTH_JWKS_FILE);
        if (url.isDefined() == file.isDefined()) {
          throw new InvalidConfiguration("exactly one of " + AUTH_JWKS_URL + " and " + AUTH_JWKS_FILE
              + " is required with " + AUTH_ISSUER);
        }
        ClaimMapping defaults = ClaimMapping.defaults();
        ClaimMapping claims;
        try {
          claims = new ClaimMapping(value(environment, AUTH_CLAIM_ROLE).getOrElse(defaults.role()),
              value(environment, AUTH_CLAIM_MUNICIPALITY).getOrElse(defaults.municipality()),
              value(environment, AUTH_CLAIM_PROVIDER).getOrElse(defaults.provider()),
              value(environment, AUTH_CLAIM_PERSON).getOrElse(defaults.person()));
        } catch (IllegalArgumentException e) {
          throw new InvalidConfiguration("WMO_AUTH_CLAIM_*: " + e.getMessage());
        }
        return new IdentityConfig.OpenIdConnect(issuer.get(), audience, url.map(ServiceConfig::jwksUrl).getOrNull(),
            file.map(Path::of).getOrNull(), claims);
      }
      case "development-tokens":
      case "development-header":
        if (issuer.isDefined()) {
          throw new InvalidConfiguration(AUTH_MODE + "=" + mode + " cannot be combined with " + AUTH_ISSUER
              + ": a service either trusts a real issuer or is a development service");
        }
        return mode.equals("development-header") ? new IdentityConfig.DevelopmentHeader()
            : new IdentityConfig.Development(value(environment, DEV_KEY_FILE).map(Path::of).getOrElse(DEFAULT_DEV_KEY_FILE));
      default:
        throw new InvalidConfiguration(AUTH_MODE + " must be oidc, development-tokens or development-header, not '"
            + mode + "'");
    }
  }

  private static URL jwksUrl(String raw) {
    try {
      URL url = URI.create(raw).toURL();
      if (!url.getProtocol().equals("https") && !url.getProtocol().equals("http")) {
        throw new IllegalArgumentException(raw);
      }
      return url;
    } catch (IllegalArgumentException | MalformedURLException e) {
      throw new InvalidConfiguration(AUTH_JWKS_URL + " must be an http(s) URL, not '" + raw + "'");
    }
  }

  private static Option<String> value(Map<String, String> environment, String name) {
    return Option.of(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /**
   * The URL as given (an H2 one with its trace file off), unless it turns pgjdbc's {@code
   * logServerErrorDetail} or H2's trace on: a URL's parameters
   * override the pool's properties, and with the detail on the driver's messages quote statement
   * values (a failed COPY row, a key's value), which the pool logs when a connection breaks. Named
   * without the URL, which may hold a password.
   */
  private static String dbUrl(String raw) {
    if (raw.startsWith("jdbc:postgresql:")
        && java.util.regex.Pattern.compile("(?i)[?&]logServerErrorDetail=(?!false(&|$))").matcher(raw).find()) {
      throw new InvalidConfiguration(DB_URL + " may not set logServerErrorDetail other than false: the driver would "
          + "put statement values (personal data) into messages that reach the log");
    }
    if (raw.startsWith("jdbc:h2:")) {
      if (java.util.regex.Pattern.compile("(?i);TRACE_LEVEL_(FILE|SYSTEM_OUT)=(?!0(;|$))").matcher(raw).find()) {
        throw new InvalidConfiguration(DB_URL + " may not turn H2's trace on: its error lines quote statement values "
            + "(personal data)");
      }
      // H2 traces errors to a file by default
      return java.util.regex.Pattern.compile("(?i);TRACE_LEVEL_FILE=").matcher(raw).find() ? raw
          : raw + ";TRACE_LEVEL_FILE=0";
    }
    return raw;
  }

  private static int port(String raw) {
    try {
      int port = Integer.parseInt(raw);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // answered below, with the variable's name
    }
    throw new InvalidConfiguration(HTTP_PORT + " must be a port number from 0 to 65535 (0: any free port), not '"
        + raw + "'");
  }

  /** {@code off}, or {@code <per second>/<burst>} (e.g. {@code 100/500}). */
  private static Option<RateLimit> rateLimit(String raw) {
    if (raw.equals("off")) {
      return Option.none();
    }
    String[] parts = raw.split("/", -1);
    try {
      if (parts.length == 2) {
        return Option.some(new RateLimit(Double.parseDouble(parts[0]), Integer.parseInt(parts[1])));
      }
    } catch (IllegalArgumentException e) {
      // answered below, with the variable's name
    }
    throw new InvalidConfiguration(RATE_LIMIT + " must be off or <requests per second>/<burst> (e.g. 100/500), not '"
        + raw + "'");
  }

  /** A configuration value the service cannot start with; the message names the variable. */
  public static final class InvalidConfiguration extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidConfiguration(String message) {
      super(message);
    }
  }

  @Override
  public String toString() {
    // Never the password; the URL may carry one too (PostgreSQL's ?password=), so only its kind.
    return "ServiceConfig[db=" + dbUrl.replaceAll("^(jdbc:[a-z0-9]+:).*", "$1…") + ", httpHost=" + httpHost + ", httpPort="
        + httpPort + ", identity=" + identity.getClass().getSimpleName() + "]";
  }
}
