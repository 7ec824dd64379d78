package nl.wmokader.adapters.rest;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** One registered operation: an HTTP method and a full path template ({@code /api/v1/things/{id}}). */
public record ApiRoute(String method, String path) {
  public ApiRoute {
    requireNonNull(method, "method");
    requireNonNull(path, "path");
  }

  /** Whether a concrete request path matches this template ({@code {x}} is one non-empty segment). */
  boolean matches(String requestPath) {
    String regex = Pattern.quote(path).replaceAll("\\{[^/}]+\\}", "\\\\E[^/]+\\\\Q");
    return requestPath.matches(regex);
  }
}
