package nl.wmokader.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI 3.0 document the API serves: the hand-written base ({@code openapi-base.json}: info,
 * servers, the actor header, problems, paging) with the hand-written part of every registered
 * resource ({@code openapi.json} beside its {@link ApiRoutes} class) merged in. Resources each own
 * their part, so adding one never edits a shared file; a key defined twice is an error.
 */
final class OpenApiDocument {
  static final String BASE = "openapi-base.json";
  static final String PART = "openapi.json";
  private static final String[] COMPONENT_SECTIONS = {
    "schemas", "parameters", "responses", "headers", "requestBodies", "examples", "securitySchemes"
  };

  private final ObjectNode tree;
  private final byte[] bytes;

  private OpenApiDocument(ObjectNode tree) {
    this.tree = tree;
    this.bytes = Json.write(tree);
  }

  static OpenApiDocument assemble(List<? extends ApiRoutes> resources) {
    ObjectNode doc = (ObjectNode) read(OpenApiDocument.class.getResource(BASE), BASE);
    Set<String> seen = new LinkedHashSet<>();
    for (ApiRoutes resource : resources) {
      URL part = resource.getClass().getResource(PART);
      if (part == null) {
        throw new IllegalStateException("no OpenAPI part " + PART + " beside " + resource.getClass().getName()
            + ": every resource documents its routes");
      }
      if (seen.add(part.toString())) {
        merge(doc, (ObjectNode) read(part, part.toString()), part.toString());
      }
    }
    return new OpenApiDocument(doc);
  }

  private static void merge(ObjectNode doc, ObjectNode part, String source) {
    for (Iterator<String> keys = part.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.equals("paths") && !key.equals("components") && !key.equals("tags")) {
        throw new IllegalStateException(source + ": a part holds only paths, components and tags, not " + key);
      }
    }
    putAll(doc.withObjectProperty("paths"), part.path("paths"), source + " paths");
    JsonNode components = part.path("components");
    for (String section : COMPONENT_SECTIONS) {
      if (components.has(section)) {
        putAll(doc.withObjectProperty("components").withObjectProperty(section), components.get(section), source + " components." + section);
      }
    }
    if (part.has("tags")) {
      ArrayNode tags = doc.withArrayProperty("tags");
      part.get("tags").forEach(tags::add);
    }
  }

  private static void putAll(ObjectNode into, JsonNode from, String where) {
    for (Map.Entry<String, JsonNode> e : from.properties()) {
      if (into.has(e.getKey())) {
        throw new IllegalStateException(where + ": " + e.getKey() + " is defined twice");
      }
      into.set(e.getKey(), e.getValue());
    }
  }

  private static JsonNode read(URL url, String name) {
    if (url == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    try (InputStream in = url.openStream()) {
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * The query parameters documented for {@code method} on {@code relativePath} (a path template as
   * the document writes it, e.g. {@code /indications/{indicationId}}), from the path item and the
   * operation, with {@code $ref}s to {@code #/components/parameters} resolved.
   */
  Set<String> queryParameters(String method, String relativePath) {
    JsonNode item = tree.path("paths").path(relativePath);
    Set<String> names = new LinkedHashSet<>();
    collectQueryParameters(item.path("parameters"), names);
    collectQueryParameters(item.path(method.toLowerCase(java.util.Locale.ROOT)).path("parameters"), names);
    return names;
  }

  private void collectQueryParameters(JsonNode parameters, Set<String> into) {
    for (JsonNode parameter : parameters) {
      JsonNode resolved = parameter;
      if (parameter.has("$ref")) {
        String ref = parameter.get("$ref").asText();
        String prefix = "#/components/parameters/";
        if (!ref.startsWith(prefix)) {
          throw new IllegalStateException("unsupported parameter reference " + ref);
        }
        resolved = tree.path("components").path("parameters").path(ref.substring(prefix.length()));
      }
      if ("query".equals(resolved.path("in").asText())) {
        into.add(resolved.path("name").asText());
      }
    }
  }

  /** {@code info.version}: also the value of every response's {@code API-Version} header. */
  String version() {
    return tree.path("info").path("version").asText();
  }

  byte[] bytes() {
    return bytes.clone();
  }
}
