package nl.wmokader.adapters.rest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * Ends a request with a problem response: thrown by the request helpers ({@link ApiCall}) when the
 * HTTP request itself is unacceptable (no actor, malformed JSON, a body too large), and turned into
 * {@code application/problem+json} in one place. Domain errors do not need it: {@link
 * ApiCall#respond} writes them directly. The detail must be free of personal data.
 */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient List<InvalidParam> invalidParams;
  private final transient Map<String, String> headers;

  public ProblemException(int status, String code, String detail) {
    this(status, code, detail, List.of(), Map.of());
  }

  public ProblemException(int status, String code, String detail, List<InvalidParam> invalidParams,
      Map<String, String> headers) {
    super(requireNonNull(detail, "detail"), null, false, false);
    this.status = status;
    this.code = requireNonNull(code, "code");
    this.invalidParams = List.copyOf(invalidParams);
    this.headers = Map.copyOf(headers);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String detail() {
    return getMessage();
  }

  public List<InvalidParam> invalidParams() {
    return invalidParams;
  }

  /** Extra response headers, such as {@code Allow} or {@code WWW-Authenticate}. */
  public Map<String, String> headers() {
    return headers;
  }
}
