package nl.wmokader.adapters.rest;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.InvalidInput;

/** The one place where errors become HTTP: status per {@link ErrorKind}, codes, and the writing. */
public final class Problems {
  /** The most invalid fields one problem lists; its {@code detail} counts them all. */
  public static final int MAX_INVALID_PARAMS = 100;

  private Problems() {}

  /** The HTTP status of a domain error's kind. */
  public static int httpStatus(ErrorKind kind) {
    switch (kind) {
      case INVALID_INPUT:
        return 400;
      case NOT_FOUND:
        return 404;
      case FORBIDDEN:
        return 403;
      case CONFLICT:
        return 409;
      case REJECTED:
        return 422;
      default:
        throw new IllegalArgumentException("unmapped error kind " + kind);
    }
  }

  /**
   * The stable problem code of a domain error: its {@link DomainError#code()} in snake_case
   * ({@code StaleVersion} becomes {@code stale_version}), so that every code in the API looks alike.
   */
  public static String code(DomainError error) {
    return snakeCase(error.code());
  }

  static String snakeCase(String code) {
    StringBuilder out = new StringBuilder(code.length() + 8);
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c == '-' || c == ' ' ? '_' : c);
      }
    }
    return out.toString();
  }

  /** The problem for a domain error; an {@link InvalidInput} lists every field. */
  public static Problem of(DomainError error, String instance) {
    int status = httpStatus(error.kind());
    // a body can carry a million wrong fields: the answer names the first ones, not a copy of the body
    List<InvalidParam> params = error instanceof InvalidInput
        ? ((InvalidInput) error).errors().take(MAX_INVALID_PARAMS + 1).map(InvalidParam::from).toJavaList()
        : List.of();
    return problem(status, code(error), error.message(), instance, params);
  }

  static Problem of(ProblemException e, String instance) {
    return problem(e.status(), e.code(), e.detail(), instance, e.invalidParams());
  }

  static Problem problem(int status, String code, String detail, String instance, List<InvalidParam> params) {
    if (params.size() > MAX_INVALID_PARAMS) {
      return new Problem("about:blank", reasonPhrase(status), status,
          detail + "; the first " + MAX_INVALID_PARAMS + " are listed", instance, code,
          params.subList(0, MAX_INVALID_PARAMS));
    }
    return new Problem("about:blank", reasonPhrase(status), status, detail, instance, code, params);
  }

  /** Writes {@code problem} as the response, with the API-Version header. */
  static void write(Context ctx, Problem problem, Map<String, String> headers, String apiVersion) {
    headers.forEach(ctx::header);
    ctx.header(WmoRestApi.API_VERSION_HEADER, apiVersion)
        .status(problem.status())
        .contentType(Problem.MEDIA_TYPE)
        .result(Json.write(problem));
  }

  /**
   * The {@code instance} member: the request path, with any run of nine or more digits masked, so
   * that a BSN a client put into a URL is never echoed (routes should not put one there anyway).
   */
  static String instance(String path) {
    return path == null ? null : path.replaceAll("\\d{9,}", "*********");
  }

  static String reasonPhrase(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 406: return "Not Acceptable";
      case 409: return "Conflict";
      case 413: return "Content Too Large";
      case 414: return "URI Too Long";
      case 415: return "Unsupported Media Type";
      case 422: return "Unprocessable Content";
      case 429: return "Too Many Requests";
      case 431: return "Request Header Fields Too Large";
      case 500: return "Internal Server Error";
      case 503: return "Service Unavailable";
      default: return status >= 500 ? "Server Error" : "Client Error";
    }
  }
}
