package nl.wmokader.adapters.rest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before a route or the API's own handling sees the request (a malformed
 * path such as {@code %ZZ} or {@code %00}, a NUL in a header, a URI or headers too long): a problem
 * document as every other error of the API, never Jetty's HTML page, and never an echo of what was
 * sent.
 */
final class ProblemErrorHandler extends ErrorHandler {
  /** The path of the request Jetty makes up for a message it could not parse. */
  static final String UNREADABLE = "/badMessage";

  private final Settings settings;

  ProblemErrorHandler(Settings settings) {
    this.settings = settings;
  }

  @Override
  protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                  Callback callback) throws IOException {
    if (!concernsTheApi(request)) {
      super.generateResponse(request, response, status, message, cause, callback);
      return;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.getHeaders().put(WmoRestApi.API_VERSION_HEADER, settings.apiVersion());
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body(status)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    fields.put(WmoRestApi.API_VERSION_HEADER, settings.apiVersion());
    return ByteBuffer.wrap(body(status));
  }

  /**
   * A request under the API's base path, or one Jetty could not even read (its stand-in request has
   * the path {@value #UNREADABLE}, or none): it may have been meant for the API.
   */
  private boolean concernsTheApi(Request request) {
    try {
      String path = request.getHttpURI().getPath();
      return path == null || path.equals(UNREADABLE) || path.startsWith(settings.basePath());
    } catch (RuntimeException unreadable) {
      return true;
    }
  }

  private static byte[] body(int status) {
    return Json.write(Problems.problem(status, code(status), detail(status), null, List.of()));
  }

  static String code(int status) {
    switch (status) {
      case 414:
        return "uri_too_long";
      case 431:
        return "headers_too_large";
      case 404:
        return "route_not_found";
      case 400:
        return "malformed_request";
      default:
        return status >= 500 ? "internal_error" : "http_error";
    }
  }

  private static String detail(int status) {
    switch (status) {
      case 414:
        return "The request's URI is longer than this server reads.";
      case 431:
        return "The request's header fields are larger than this server reads.";
      case 400:
        return "The request is not well-formed HTTP: a path with an invalid or ambiguous encoding, or a "
            + "control character in a header.";
      default:
        return "The server could not answer this request.";
    }
  }
}
