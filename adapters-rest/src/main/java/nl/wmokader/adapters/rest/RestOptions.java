package nl.wmokader.adapters.rest;

/**
 * What an embedder may tune. {@code maxBodyBytes}: the largest request body accepted (a larger one is
 * a 413 problem before it is parsed), independent of Javalin's own {@code http.maxRequestSize}.
 * {@code maxBulkBodyBytes}: the same for the bulk resources only, whose bodies are large by nature
 * (a claim carries up to 20,000 lines, some 7 MB of JSON); every other resource keeps the smaller
 * limit.
 */
public record RestOptions(long maxBodyBytes, long maxBulkBodyBytes) {
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

  /** {@code maxBodyBytes} for ordinary bodies, the default for bulk ones. */
  public RestOptions(long maxBodyBytes) {
    this(maxBodyBytes, DEFAULT_MAX_BULK_BODY_BYTES);
  }

  public static RestOptions defaults() {
    return new RestOptions(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BULK_BODY_BYTES);
  }

  public RestOptions withMaxBodyBytes(long bytes) {
    return new RestOptions(bytes, maxBulkBodyBytes);
  }

  public RestOptions withMaxBulkBodyBytes(long bytes) {
    return new RestOptions(maxBodyBytes, bytes);
  }
}
