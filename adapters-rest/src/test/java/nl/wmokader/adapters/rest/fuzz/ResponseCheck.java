package nl.wmokader.adapters.rest.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wmokader.adapters.rest.testing.TestServer;

/**
 * Whether an answer keeps the document's promises for its operation: no server error, a status the
 * operation documents, a content type documented for that status, and a body valid against the
 * schema documented for both (a problem's {@code status} member also equal to the HTTP status).
 */
final class ResponseCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SchemaValidator validator;

  ResponseCheck(SchemaValidator validator) {
    this.validator = validator;
  }

  /** Every broken promise of {@code reply} to {@code request}; empty when it keeps them all. */
  List<String> check(FuzzRequest request, TestServer.Reply reply) {
    List<String> broken = new ArrayList<>();
    int status = reply.status();
    if (status >= 500) {
      broken.add("server error " + status);
    }
    Map<String, JsonNode> content = request.operation().responses().get(String.valueOf(status));
    if (content == null) {
      broken.add("status " + status + " is not documented for " + request.operation().key());
      return broken;
    }
    if (content.isEmpty()) {
      if (!reply.body().isEmpty()) {
        broken.add("status " + status + " is documented without a body, but one came");
      }
      return broken;
    }
    String mediaType = reply.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
    JsonNode schema = content.get(mediaType);
    if (schema == null) {
      broken.add("content type '" + reply.contentType() + "' is not documented for " + status + " (" + content.keySet() + ")");
      return broken;
    }
    if (mediaType.endsWith("/xml")) {
      // an iWmo message: its schema is the standard's XSD, which the iWmo tests check it against
      if (!reply.body().startsWith("<?xml")) {
        broken.add("the body is not an XML document, a " + mediaType + " body is documented");
      }
      return broken;
    }
    JsonNode body;
    try {
      body = JSON.readTree(reply.body());
    } catch (IOException e) {
      broken.add("the body is not JSON: " + e.getMessage());
      return broken;
    }
    if (body == null || body.isMissingNode()) {
      broken.add("the body is empty, a " + mediaType + " body is documented");
      return broken;
    }
    validator.validate(body, schema).forEach(error -> broken.add("schema: " + error));
    if (mediaType.equals("application/problem+json") && body.path("status").asInt() != status) {
      broken.add("the problem's status " + body.path("status") + " is not the HTTP status " + status);
    }
    return broken;
  }
}
