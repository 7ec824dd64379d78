package nl.wmokader.adapters.rest.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The served OpenAPI document read as the fuzz suite needs it: every operation with its parameters,
 * request body schema and documented responses, every {@code $ref} to a parameter, request body or
 * response resolved (schemas keep their {@code $ref}s: {@link #resolve} follows them on demand).
 */
final class ApiDocument {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

  private final JsonNode root;
  private final List<Operation> operations;

  /** One parameter of an operation, with its schema. */
  record Parameter(String name, String in, boolean required, JsonNode schema) {}

  /**
   * One documented operation. {@code body} is the JSON request body's schema (absent when the
   * operation takes none); {@code responses} maps each documented status to its content types and
   * their schemas (no entry: a response without a body).
   */
  record Operation(String method, String path, String operationId, List<Parameter> parameters,
      Optional<JsonNode> body, boolean bodyRequired, Map<String, Map<String, JsonNode>> responses, boolean secured) {

    /** {@code POST /claims}, as the summary and failures name it. */
    String key() {
      return method + " " + path;
    }

    List<Parameter> in(String location) {
      return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }
  }

  ApiDocument(JsonNode root) {
    this.root = root;
    this.operations = readOperations();
  }

  /** The base path of every operation, {@code servers[0].url}. */
  String basePath() {
    return root.path("servers").path(0).path("url").asText();
  }

  List<Operation> operations() {
    return operations;
  }

  JsonNode root() {
    return root;
  }

  /** {@code node} with any chain of {@code $ref}s (local, {@code #/...}) followed. */
  JsonNode resolve(JsonNode node) {
    JsonNode at = node;
    for (int hops = 0; at.has("$ref"); hops++) {
      if (hops > 20) {
        throw new IllegalStateException("a $ref cycle at " + node);
      }
      String ref = at.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("only local references are supported, not " + ref);
      }
      JsonNode target = root.at(ref.substring(1));
      if (target.isMissingNode()) {
        throw new IllegalStateException("unresolved reference " + ref);
      }
      at = target;
    }
    return at;
  }

  private List<Operation> readOperations() {
    List<Operation> out = new ArrayList<>();
    boolean securedByDefault = root.path("security").size() > 0;
    root.path("paths").properties().forEach(pathItem -> {
      JsonNode item = pathItem.getValue();
      item.properties().forEach(entry -> {
        if (!METHODS.contains(entry.getKey())) {
          return;
        }
        JsonNode op = entry.getValue();
        List<Parameter> parameters = new ArrayList<>();
        addParameters(item.path("parameters"), parameters);
        addParameters(op.path("parameters"), parameters);
        Optional<JsonNode> body = Optional.empty();
        boolean bodyRequired = false;
        if (op.has("requestBody")) {
          JsonNode requestBody = resolve(op.get("requestBody"));
          JsonNode json = requestBody.path("content").path("application/json");
          if (json.isMissingNode() && requestBody.path("content").has("application/xml")) {
            return;   // an iWmo XML message: its own tests send sound and tampered messages (Iwmo323RoutesTest)
          }
          if (json.isMissingNode()) {
            throw new IllegalStateException(pathItem.getKey() + ": only JSON request bodies are supported");
          }
          body = Optional.of(json.path("schema"));
          bodyRequired = requestBody.path("required").asBoolean(false);
        }
        Map<String, Map<String, JsonNode>> responses = new LinkedHashMap<>();
        op.path("responses").properties().forEach(r -> {
          Map<String, JsonNode> content = new LinkedHashMap<>();
          resolve(r.getValue()).path("content").properties().forEach(c -> content.put(c.getKey(), c.getValue().path("schema")));
          responses.put(r.getKey(), content);
        });
        boolean secured = op.has("security") ? op.get("security").size() > 0 : securedByDefault;
        out.add(new Operation(entry.getKey().toUpperCase(java.util.Locale.ROOT), pathItem.getKey(),
            op.path("operationId").asText(), List.copyOf(parameters), body, bodyRequired, responses, secured));
      });
    });
    return List.copyOf(out);
  }

  /** Adds {@code declared}, an operation's parameters overriding the path item's of the same name and place. */
  private void addParameters(JsonNode declared, List<Parameter> into) {
    for (JsonNode p : declared) {
      JsonNode parameter = resolve(p);
      Parameter read = new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
          parameter.path("required").asBoolean(false), parameter.path("schema"));
      into.removeIf(known -> known.name().equals(read.name()) && known.in().equals(read.in()));
      into.add(read);
    }
  }
}
