package nl.wmokader.adapters.rest.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Values valid against a schema of the document: every required property, some optional ones,
 * strings of the pattern, format and length asked, numbers in range, enums from their list. Known
 * identifiers and codes are preferred where the schema asks for that kind of value, and now and then
 * a value at the edge of what the schema allows (the first or last day representable, the largest
 * number), where arithmetic in the service overflows if anywhere.
 */
final class ValueGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String MEMBER_CODE = "^[0-9]{4}$";
  private static final String AGB_CODE = "^[0-9]{8}$";
  private static final String PRODUCT_CODE = "^[0-9A-Z]{1,5}$";
  private static final String BSN = "^[0-9]{9}$";
  /** Counters the service hands out from 0 or 1: an index into a list, an entity's version. */
  private static final java.util.Set<String> SMALL_BY_NAME = java.util.Set.of("index", "version");

  private final ApiDocument document;
  private final KnownValues known;
  private final LocalDate today;
  private final Random random;
  private int depth;

  ValueGenerator(ApiDocument document, KnownValues known, LocalDate today, Random random) {
    this.document = document;
    this.known = known;
    this.today = today;
    this.random = random;
  }

  /** A value valid against {@code schema}; {@code name} is the field or parameter that holds it. */
  JsonNode valid(JsonNode schema, String name) {
    JsonNode s = flatten(schema);
    if (s.has("enum")) {
      JsonNode options = s.get("enum");
      return options.get(random.nextInt(options.size()));
    }
    String type = s.path("type").asText(s.has("properties") ? "object" : "string");
    return switch (type) {
      case "object" -> object(s);
      case "array" -> array(s, name);
      case "integer" -> NODES.numberNode(SMALL_BY_NAME.contains(name) ? random.nextInt(3) : integer(s));
      case "number" -> NODES.numberNode(Math.round(random.nextDouble() * 20000) / 100.0);
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      default -> NODES.textNode(string(s, name));
    };
  }

  /**
   * {@code schema} with {@code $ref}s followed and {@code allOf} parts merged into one object schema
   * (properties and required lists joined): the document uses allOf only to compose objects.
   */
  JsonNode flatten(JsonNode schema) {
    JsonNode s = document.resolve(schema);
    if (!s.has("allOf")) {
      return s;
    }
    ObjectNode merged = NODES.objectNode();
    s.properties().forEach(e -> {
      if (!e.getKey().equals("allOf")) {
        merged.set(e.getKey(), e.getValue());
      }
    });
    for (JsonNode part : s.get("allOf")) {
      JsonNode p = flatten(part);
      p.properties().forEach(e -> {
        switch (e.getKey()) {
          case "properties" -> merged.withObjectProperty("properties").setAll((ObjectNode) e.getValue());
          case "required" -> merged.withArrayProperty("required").addAll((ArrayNode) e.getValue());
          default -> {
            if (!merged.has(e.getKey())) {
              merged.set(e.getKey(), e.getValue());
            }
          }
        }
      });
    }
    return merged;
  }

  private ObjectNode object(JsonNode s) {
    ObjectNode out = NODES.objectNode();
    List<String> required = new ArrayList<>();
    s.path("required").forEach(r -> required.add(r.asText()));
    // Schemas may nest themselves (a blended allocation key of keys): optional members thin out with depth.
    int optionalChance = depth < 3 ? 55 : 0;
    depth++;
    try {
      s.path("properties").properties().forEach(p -> {
        if (required.contains(p.getKey()) || random.nextInt(100) < optionalChance) {
          out.set(p.getKey(), valid(p.getValue(), p.getKey()));
        }
      });
    } finally {
      depth--;
    }
    return out;
  }

  private ArrayNode array(JsonNode s, String name) {
    int min = s.path("minItems").asInt(0);
    int max = Math.min(s.path("maxItems").asInt(Integer.MAX_VALUE), min + 3);
    int n = min + random.nextInt(max - min + 1);
    ArrayNode out = NODES.arrayNode();
    for (int i = 0; i < n; i++) {
      out.add(valid(s.path("items"), name));
    }
    return out;
  }

  long integer(JsonNode s) {
    boolean int32 = s.path("format").asText().equals("int32");
    long lowest = s.has("minimum") ? s.get("minimum").asLong() : int32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
    long highest = s.has("maximum") ? s.get("maximum").asLong() : int32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
    int roll = random.nextInt(100);
    if (roll < 4) {
      return lowest;
    }
    if (roll < 8) {
      return highest;
    }
    // Mostly small amounts, counts and years around the lower bound: what the domain expects.
    long base = s.has("minimum") ? lowest : 0;
    long span = s.has("minimum") && s.has("maximum") ? highest - lowest : 100;
    long value = base + (long) (random.nextDouble() * (Math.min(span, 10_000) + 1));
    if (lowest == 2015 && highest >= 2100) {
      value = today.getYear() - 1 + random.nextInt(3);
    }
    return Math.max(lowest, Math.min(highest, value));
  }

  private String string(JsonNode s, String name) {
    String pattern = s.path("pattern").asText("");
    String format = s.path("format").asText("");
    if (format.equals("uuid")) {
      return (random.nextInt(100) < 80 ? known.pick(name, random) : java.util.Optional.<String>empty())
          .orElseGet(() -> new UUID(random.nextLong(), random.nextLong()).toString());
    }
    if (format.equals("date")) {
      return date().toString();
    }
    if (name.equals("phone")) {
      return "+31 412 " + (100_000 + random.nextInt(900_000));
    }
    if (format.equals("email")) {
      return "toezicht" + random.nextInt(1000) + "@aanbieder.example";
    }
    if (pattern.equals(BSN)) {
      return known.pick("client", random).filter(b -> random.nextBoolean()).orElseGet(() -> TestBsns.any(random));
    }
    if (random.nextInt(100) < 80) {
      var preferred = switch (pattern) {
        case MEMBER_CODE -> known.pick("municipalityCode", random);
        case AGB_CODE -> known.pick("agbCode", random);
        case PRODUCT_CODE -> known.pick("productCode", random);
        default -> java.util.Optional.<String>empty();
      };
      if (preferred.isPresent()) {
        return preferred.get();
      }
    }
    if (pattern.startsWith("^[0-9]{4}-")) {
      LocalDate month = today.minusMonths(random.nextInt(14) - 1);
      return String.format("%04d-%02d", month.getYear(), month.getMonthValue());
    }
    if (!pattern.isEmpty()) {
      return PatternStrings.matching(pattern, random);
    }
    int min = s.path("minLength").asInt(0);
    int max = Math.min(s.path("maxLength").asInt(40), Math.max(min, 40));
    return text(min + random.nextInt(max - min + 1));
  }

  /**
   * A day near today, mostly in the past (most events may not lie ahead); now and then the first or
   * last day a four-digit year allows.
   */
  LocalDate date() {
    int roll = random.nextInt(100);
    if (roll < 3) {
      return LocalDate.of(1, 1, 1);
    }
    if (roll < 6) {
      return LocalDate.of(9999, 12, 31);
    }
    return roll < 70 ? today.minusDays(random.nextInt(400)) : today.plusDays(random.nextInt(1000));
  }

  /** Readable text of {@code length} characters, with a non-ASCII letter now and then. */
  String text(int length) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éëï-";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  /** A place in a generated value: the container, the member or index, and the schema there. */
  record Slot(JsonNode container, String field, int index, JsonNode schema) {
    void set(JsonNode value) {
      if (container instanceof ObjectNode o) {
        o.set(field, value);
      } else {
        ((ArrayNode) container).set(index, value);
      }
    }
  }

  /** Every place in {@code value} (generated from {@code schema}) that a mutation may change. */
  List<Slot> slots(JsonNode value, JsonNode schema) {
    List<Slot> out = new ArrayList<>();
    collect(value, schema, out);
    return out;
  }

  /** The objects in {@code value} with their (flattened) schemas, to drop or add members in. */
  Map<ObjectNode, JsonNode> objects(JsonNode value, JsonNode schema) {
    Map<ObjectNode, JsonNode> out = new LinkedHashMap<>();
    if (value instanceof ObjectNode o) {
      out.put(o, flatten(schema));
    }
    for (Slot slot : slots(value, schema)) {
      JsonNode v = slot.container() instanceof ObjectNode o ? o.get(slot.field()) : slot.container().get(slot.index());
      if (v instanceof ObjectNode o) {
        out.put(o, flatten(slot.schema()));
      }
    }
    return out;
  }

  private void collect(JsonNode value, JsonNode schema, List<Slot> out) {
    JsonNode s = flatten(schema);
    if (value instanceof ObjectNode o) {
      for (String field : iterable(o)) {
        JsonNode fieldSchema = s.path("properties").path(field);
        if (!fieldSchema.isMissingNode()) {
          out.add(new Slot(o, field, -1, fieldSchema));
          collect(o.get(field), fieldSchema, out);
        }
      }
    } else if (value instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Slot(a, null, i, s.path("items")));
        collect(a.get(i), s.path("items"), out);
      }
    }
  }

  private static List<String> iterable(ObjectNode o) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
