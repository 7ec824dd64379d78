package nl.wmokader.adapters.rest;

/**
 * What an embedder may tune. {@code maxBodyBytes}: the largest request body accepted (a larger one is
 * a 413 problem before it is parsed), independent of Javalin's own {@code http.maxRequestSize}.
 */
public record RestOptions(long maxBodyBytes) {
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  public RestOptions {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
  }

  public static RestOptions defaults() {
    return new RestOptions(DEFAULT_MAX_BODY_BYTES);
  }

  public RestOptions withMaxBodyBytes(long bytes) {
    return new RestOptions(bytes);
  }
}
