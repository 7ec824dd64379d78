package nl.wmokader.adapters.rest.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.wmokader.adapters.rest.fuzz.ApiDocument.Operation;
import nl.wmokader.adapters.rest.fuzz.ApiDocument.Parameter;

/**
 * Requests for an operation, generated from its documented parameters and body: valid ones, and
 * ones with exactly one thing wrong (the body, a path or query parameter, the actor, or the
 * transport: content type, malformed or oversized JSON), so that every check of the service is
 * reached on its own rather than hidden behind the first that fails.
 */
final class RequestGenerator {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Larger than the service's default limit for an ordinary body (1 MiB). */
  private static final int OVERSIZED = 1024 * 1024 + 512;

  private final ValueGenerator values;
  private final Random random;
  private final String basePath;
  private final Map<String, java.util.Set<String>> forbidden = new java.util.HashMap<>();

  RequestGenerator(ApiDocument document, ValueGenerator values, Random random) {
    this.values = values;
    this.random = random;
    this.basePath = document.basePath();
  }

  /** The next request for {@code op}. */
  FuzzRequest next(Operation op) {
    boolean body = op.body().isPresent();
    int[] weights = {
      40,                                      // valid
      body ? 30 : 0,                           // one thing wrong in the body
      op.in("path").isEmpty() ? 0 : 8,         // a path parameter
      op.in("query").isEmpty() ? 3 : 12,       // a query parameter (or an unknown one)
      op.secured() ? 5 : 0,                    // the actor
      body ? 8 : 0                             // content type, malformed or oversized JSON
    };
    return switch (pick(weights)) {
      case 0 -> request(op, "valid", path(op, null), query(op, null), actorFor(op), body ? validBody(op) : null);
      case 1 -> badBody(op);
      case 2 -> {
        Parameter p = one(op.in("path"));
        yield request(op, "path:" + p.name(), path(op, p), query(op, null), actorFor(op), body ? validBody(op) : null);
      }
      case 3 -> badQuery(op);
      case 4 -> request(op, "actor", path(op, null), query(op, null), FuzzActors.invalid(random), body ? validBody(op) : null);
      default -> badTransport(op);
    };
  }

  private FuzzRequest request(Operation op, String kind, String path, String query, String actor, JsonNode body) {
    return new FuzzRequest(op, kind, path + query, actor, body == null ? null : "application/json",
        body == null ? null : bytes(body));
  }

  /**
   * A valid actor; mostly one that {@code op} has not refused (403) before, so that valid requests
   * get past the role check to the rules behind it.
   */
  private String actorFor(Operation op) {
    if (!op.secured() && random.nextBoolean()) {
      return null;
    }
    java.util.Set<String> refused = forbidden.getOrDefault(op.key(), java.util.Set.of());
    List<String> allowed = FuzzActors.VALID.stream().filter(a -> !refused.contains(a)).toList();
    return allowed.isEmpty() || random.nextInt(100) < 15 ? FuzzActors.valid(random) : one(allowed);
  }

  /** Learns from an answer: a 403 means this actor's role may not perform the operation. */
  void answered(FuzzRequest request, int status) {
    if (status == 403 && request.actor() != null) {
      forbidden.computeIfAbsent(request.operation().key(), k -> new java.util.HashSet<>()).add(request.actor());
    }
  }

  private JsonNode validBody(Operation op) {
    return values.valid(op.body().orElseThrow(), "body");
  }

  // --- path and query

  /** The operation's path with every parameter filled in validly, except {@code broken}. */
  private String path(Operation op, Parameter broken) {
    String path = basePath + op.path();
    for (Parameter p : op.in("path")) {
      String value = p == broken ? invalidParameter(p) : text(values.valid(p.schema(), p.name()));
      path = path.replace("{" + p.name() + "}", encode(value));
    }
    return path;
  }

  private String query(Operation op, Parameter broken) {
    List<String> pairs = new ArrayList<>();
    for (Parameter p : op.in("query")) {
      if (p == broken) {
        continue;
      }
      if (p.required() || random.nextInt(100) < 50) {
        pairs.add(p.name() + "=" + encode(text(values.valid(p.schema(), p.name()))));
      }
    }
    return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
  }

  private FuzzRequest badQuery(Operation op) {
    List<Parameter> params = op.in("query");
    String path = path(op, null);
    JsonNode body = op.body().isPresent() ? validBody(op) : null;
    int roll = random.nextInt(100);
    if (params.isEmpty() || roll < 15) {
      String valid = query(op, null);
      String extra = (valid.isEmpty() ? "?" : valid + "&")
          + one(List.of("unknownParam=1", "PAGE=1", "page%00=1", "=x", "a=b&a=c", "pageSize", "page=%FF"));
      return request(op, "query:unknown", path, extra, actorFor(op), body);
    }
    Parameter p = one(params);
    String rest = query(op, p);
    String joiner = rest.isEmpty() ? "?" : rest + "&";
    if (roll < 30) {
      String target = p.required() ? rest : joiner + p.name() + "=" + encode(text(values.valid(p.schema(), p.name())))
          + "&" + p.name() + "=" + encode(text(values.valid(p.schema(), p.name())));
      return request(op, p.required() ? "query:missing-" + p.name() : "query:repeated-" + p.name(), path, target,
          actorFor(op), body);
    }
    return request(op, "query:" + p.name(), path, joiner + p.name() + "=" + encode(invalidParameter(p)),
        actorFor(op), body);
  }

  /** A value of the wrong type, range, format or size for {@code p}. */
  private String invalidParameter(Parameter p) {
    JsonNode s = values.flatten(p.schema());
    List<String> candidates = new ArrayList<>(List.of("abc", " ", "\u0000", "..", "ü", "{id}", "'\";--", "\n",
        "😀", "1e5", "-1", "1.5", "99999999999999999999", "-0001-01-01", "+10000-01-01", "2026-02-30", "2026-13",
        "null", "%", "a/b", "x".repeat(300), "0".repeat(30)));
    if (s.has("minimum")) {
      candidates.add(String.valueOf(s.get("minimum").asLong() - 1));
    }
    if (s.has("maximum")) {
      candidates.add(String.valueOf(s.get("maximum").asLong() + 1));
    }
    if (s.has("enum")) {
      candidates.add(s.get("enum").get(0).asText().toLowerCase(java.util.Locale.ROOT));
    }
    if (s.path("format").asText().equals("uuid")) {
      candidates.add(new java.util.UUID(random.nextLong(), random.nextLong()).toString().toUpperCase(java.util.Locale.ROOT));
      candidates.add("0f8fa6e23c1b4a579d2e6b1c2f3a4d5e");
    }
    if (s.has("pattern")) {
      String valid = text(values.valid(p.schema(), p.name()));
      candidates.add(valid + "0");
      candidates.add(valid.substring(1));
    }
    return one(candidates);
  }

  // --- bodies

  private FuzzRequest badBody(Operation op) {
    JsonNode schema = op.body().orElseThrow();
    JsonNode body = values.valid(schema, "body");
    List<ValueGenerator.Slot> slots = values.slots(body, schema);
    Map<ObjectNode, JsonNode> objects = values.objects(body, schema);
    String kind;
    int roll = random.nextInt(100);
    if (roll < 8 || slots.isEmpty()) {
      kind = "body:root-type";
      body = one(List.of(NODES.arrayNode(), NODES.textNode("{}"), NODES.numberNode(1), NODES.nullNode(),
          NODES.booleanNode(true), NODES.objectNode()));
    } else if (roll < 22) {
      kind = "body:missing-required";
      dropRequired(objects);
    } else if (roll < 32) {
      kind = "body:unknown-field";
      one(new ArrayList<>(objects.keySet())).put(one(List.of("unknownField", "Id", "", "__proto__", "version ")), 1);
    } else if (roll < 45) {
      kind = "body:wrong-type";
      one(slots).set(one(List.of(NODES.textNode("x"), NODES.numberNode(7), NODES.booleanNode(false),
          NODES.arrayNode(), NODES.objectNode(), NODES.nullNode(), NODES.numberNode(2.5))));
    } else if (roll < 58) {
      kind = "body:out-of-range";
      ValueGenerator.Slot slot = one(slots);
      slot.set(outOfRange(values.flatten(slot.schema())));
    } else if (roll < 72) {
      kind = "body:bad-format";
      ValueGenerator.Slot slot = one(slots);
      slot.set(NODES.textNode(badString(values.flatten(slot.schema()))));
    } else if (roll < 80) {
      kind = "body:huge-string";
      one(slots).set(NODES.textNode(values.text(20_000 + random.nextInt(200_000))));
    } else if (roll < 88) {
      kind = "body:control-characters";
      one(slots).set(NODES.textNode(one(List.of("a\u0000b", "\u0000", "\u0007\u001b[2J", "line\r\nbreak", "\u202e",
          "\uFEFF", "\t"))));
    } else if (roll < 94) {
      kind = "body:deep-nesting";
      ValueGenerator.Slot slot = one(slots);
      slot.set(nested(50 + random.nextInt(900)));
    } else {
      kind = "body:array-size";
      ValueGenerator.Slot slot = one(slots);
      JsonNode s = values.flatten(slot.schema());
      int n = s.has("maxItems") && s.get("maxItems").asInt() < 200 ? s.get("maxItems").asInt() + 1 : 0;
      var array = NODES.arrayNode();
      for (int i = 0; i < n; i++) {
        array.add(values.valid(s.path("items"), "item"));
      }
      slot.set(array);
    }
    return request(op, kind, path(op, null), query(op, null), actorFor(op), body);
  }

  private void dropRequired(Map<ObjectNode, JsonNode> objects) {
    List<ObjectNode> withRequired = objects.entrySet().stream()
        .filter(e -> e.getValue().path("required").size() > 0).map(Map.Entry::getKey).toList();
    if (withRequired.isEmpty()) {
      return;
    }
    ObjectNode o = one(withRequired);
    JsonNode required = objects.get(o).get("required");
    o.remove(required.get(random.nextInt(required.size())).asText());
  }

  private JsonNode outOfRange(JsonNode s) {
    List<JsonNode> candidates = new ArrayList<>(List.of(NODES.numberNode(new java.math.BigInteger("9223372036854775808")),
        NODES.numberNode(-1), NODES.numberNode(Long.MIN_VALUE), NODES.numberNode(Integer.MAX_VALUE + 1L),
        NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(0.001)));
    if (s.has("minimum")) {
      candidates.add(NODES.numberNode(s.get("minimum").asLong() - 1));
    }
    if (s.has("maximum")) {
      candidates.add(NODES.numberNode(s.get("maximum").asLong() + 1));
    }
    if (s.has("maxLength")) {
      candidates.add(NODES.textNode(values.text(s.get("maxLength").asInt() + 1)));
    }
    if (s.has("minLength") && s.get("minLength").asInt() > 0) {
      candidates.add(NODES.textNode(values.text(s.get("minLength").asInt() - 1)));
    }
    return one(candidates);
  }

  private String badString(JsonNode s) {
    List<String> candidates = new ArrayList<>(List.of("", "abc", "-0001-01-01", "0000-00-00", "+10000-01-01",
        "2025-02-29", "2025-1-1", "2025-01-01T00:00:00Z", "20250101", "not-a-uuid", "ZZZZZ", "0", "12345678901234567890",
        "9999-12", "0000-01", "999900019"));
    if (s.has("enum")) {
      candidates.add(s.get("enum").get(0).asText().toLowerCase(java.util.Locale.ROOT));
      candidates.add(" " + s.get("enum").get(0).asText());
    }
    if (s.path("pattern").asText().equals("^[0-9]{9}$")) {
      candidates.add(TestBsns.failingElevenTest(random));
    }
    return one(candidates);
  }

  private static JsonNode nested(int depth) {
    JsonNode node = NODES.numberNode(1);
    for (int i = 0; i < depth; i++) {
      node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
    }
    return node;
  }

  // --- transport

  private FuzzRequest badTransport(Operation op) {
    String path = path(op, null) + query(op, null);
    String actor = actorFor(op);
    byte[] valid = bytes(validBody(op));
    int roll = random.nextInt(100);
    if (roll < 25) {
      String type = one(java.util.Arrays.asList(null, "text/plain", "application/xml", "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x", "application/problem+json", "application/json-patch+json", "*/*", "json",
          "application/json; charset=ISO-8859-1"));
      return new FuzzRequest(op, "transport:content-type", path, actor, type, valid);
    }
    String kind;
    byte[] body;
    if (roll < 40) {
      kind = "transport:truncated";
      body = java.util.Arrays.copyOf(valid, random.nextInt(Math.max(1, valid.length)));
    } else if (roll < 50) {
      kind = "transport:trailing-garbage";
      body = concat(valid, one(List.of("x", "}", "{}", ",", "\u0000", " // comment")).getBytes(StandardCharsets.UTF_8));
    } else if (roll < 58) {
      kind = "transport:invalid-utf8";
      body = concat(concat("{\"name\":\"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}),
          "\"}".getBytes(StandardCharsets.UTF_8));
    } else if (roll < 64) {
      kind = "transport:byte-order-mark";
      body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid);
    } else if (roll < 70) {
      kind = "transport:raw-control-character";
      body = "{\"a\":\"x\u0001y\"}".getBytes(StandardCharsets.UTF_8);
    } else if (roll < 76) {
      kind = "transport:duplicate-key";
      String text = new String(valid, StandardCharsets.UTF_8);
      body = (text.startsWith("{\"") ? "{\"a\":1,\"a\":2," + text.substring(1) : text).getBytes(StandardCharsets.UTF_8);
    } else if (roll < 82) {
      kind = "transport:empty";
      body = one(List.of("", " ", "null", "\n")).getBytes(StandardCharsets.UTF_8);
    } else if (roll < 92) {
      kind = "transport:deep-nesting";
      int depth = one(List.of(1001, 5000, 100_000));
      body = ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
    } else if (roll < 97) {
      kind = "transport:huge-number";
      body = ("{\"n\":" + "9".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8);
    } else {
      kind = "transport:oversized";
      body = oversized();
    }
    return new FuzzRequest(op, kind, path, actor, "application/json", body);
  }

  /** A well-formed JSON object above the ordinary body limit. */
  private static byte[] oversized() {
    return ("{\"padding\":\"" + "x".repeat(OVERSIZED) + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  // --- helpers

  private int pick(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    throw new IllegalStateException();
  }

  private <T> T one(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  private static String text(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }

  /** Percent-encodes every byte but the unreserved characters of RFC 3986. */
  static String encode(String value) {
    if (value.equals(".") || value.equals("..")) {
      return value.replace(".", "%2E");  // else a dot segment: another path, not this operation's
    }
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static byte[] bytes(JsonNode body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
