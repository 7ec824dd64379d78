package nl.wmokader.adapters.rest;

import nl.wmokader.adapters.rest.identity.Authentication;
import nl.wmokader.core.shared.KnownActors;

/**
 * What an embedder may tune. {@code maxBodyBytes}: the largest request body accepted (a larger one is
 * a 413 problem before it is parsed), independent of Javalin's own {@code http.maxRequestSize}.
 * {@code maxBulkBodyBytes}: the same for the bulk resources only, whose bodies are large by nature
 * (a claim carries up to 20,000 lines, some 7 MB of JSON); every other resource keeps the smaller
 * limit. {@code knownActors}: whom the region knows; with it, a request whose actor names a
 * municipality that is not a member or a provider that is not registered is a 403 before anything
 * else (none: every party named is taken as known, for an embedder that settles that itself).
 * {@code rateLimit}: requests per actor before a 429 (none: unlimited). {@code authentication}: how
 * a request proves who acts; required (there is no default: {@link WmoRestApi#register} refuses
 * options without it, so no service trusts an unproven identity by accident).
 */
public record RestOptions(long maxBodyBytes, long maxBulkBodyBytes, KnownActors knownActors, RateLimit rateLimit,
                          Authentication authentication) {
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  public static final long DEFAULT_MAX_BULK_BODY_BYTES = 16L * 1024 * 1024;

  public RestOptions {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    if (maxBulkBodyBytes < 1) {
      throw new IllegalArgumentException("maxBulkBodyBytes must be positive");
    }
  }

  /** Without a check of the parties named, a rate limit or an authentication. */
  public RestOptions(long maxBodyBytes, long maxBulkBodyBytes) {
    this(maxBodyBytes, maxBulkBodyBytes, null, null, null);
  }

  /** {@code maxBodyBytes} for ordinary bodies, the default for bulk ones. */
  public RestOptions(long maxBodyBytes) {
    this(maxBodyBytes, DEFAULT_MAX_BULK_BODY_BYTES);
  }

  /** The default body limits, no rate limit, no check of the parties named, and no authentication yet. */
  public static RestOptions defaults() {
    return new RestOptions(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BULK_BODY_BYTES);
  }

  public RestOptions withMaxBodyBytes(long bytes) {
    return new RestOptions(bytes, maxBulkBodyBytes, knownActors, rateLimit, authentication);
  }

  public RestOptions withMaxBulkBodyBytes(long bytes) {
    return new RestOptions(maxBodyBytes, bytes, knownActors, rateLimit, authentication);
  }

  /** These options, refusing the staff of parties {@code known} does not know (e.g. {@code wmo.knownActors()}). */
  public RestOptions withKnownActors(KnownActors known) {
    return new RestOptions(maxBodyBytes, maxBulkBodyBytes, known, rateLimit, authentication);
  }

  /** These options, with at most {@code limit} requests per actor (a 429 beyond it). */
  public RestOptions withRateLimit(RateLimit limit) {
    return new RestOptions(maxBodyBytes, maxBulkBodyBytes, knownActors, limit, authentication);
  }

  /** These options, with requests authenticated by {@code how} (e.g. {@link Authentication#bearerTokens}). */
  public RestOptions withAuthentication(Authentication how) {
    return new RestOptions(maxBodyBytes, maxBulkBodyBytes, knownActors, rateLimit, how);
  }
}
