package nl.wmokader.adapters.rest.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A JSON Schema validator for exactly the subset of OpenAPI 3.0 schema the served document uses:
 * {@code type, properties, required, additionalProperties, items, enum, format (date, uuid, email,
 * int32, int64, double), pattern, minimum, maximum, minLength, maxLength, minItems, maxItems,
 * nullable, $ref, allOf, oneOf, anyOf}. A keyword outside that set is an error, not ignored, so a
 * document that starts using one cannot make responses pass unchecked.
 */
final class SchemaValidator {
  private static final Set<String> ANNOTATIONS = Set.of("description", "example", "default", "title", "readOnly",
      "writeOnly", "deprecated");
  private static final Set<String> ASSERTIONS = Set.of("$ref", "type", "properties", "required",
      "additionalProperties", "items", "enum", "format", "pattern", "minimum", "maximum", "minLength", "maxLength",
      "minItems", "maxItems", "nullable", "allOf", "oneOf", "anyOf");
  private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
  /** RFC 3339 full-date: exactly four digits of year, so no {@code -0001} or {@code +10000}. */
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DATE_SHAPE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

  private final ApiDocument document;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  SchemaValidator(ApiDocument document) {
    this.document = document;
  }

  /** Every way {@code value} breaks {@code schema}, each as {@code $.path: reason}; empty when it is valid. */
  List<String> validate(JsonNode value, JsonNode schema) {
    List<String> errors = new ArrayList<>();
    check(value, schema, "$", errors);
    return errors;
  }

  private void check(JsonNode value, JsonNode schemaOrRef, String at, List<String> errors) {
    JsonNode schema = document.resolve(schemaOrRef);
    schema.fieldNames().forEachRemaining(keyword -> {
      if (!ASSERTIONS.contains(keyword) && !ANNOTATIONS.contains(keyword)) {
        throw new IllegalStateException("unsupported schema keyword " + keyword + " at " + at);
      }
    });
    if (value.isNull() && schema.path("nullable").asBoolean(false)) {
      return;
    }
    for (JsonNode part : schema.path("allOf")) {
      check(value, part, at, errors);
    }
    if (schema.has("oneOf")) {
      long matching = count(value, schema.get("oneOf"), at);
      if (matching != 1) {
        errors.add(at + ": matches " + matching + " of oneOf, not exactly 1");
      }
    }
    if (schema.has("anyOf") && count(value, schema.get("anyOf"), at) == 0) {
      errors.add(at + ": matches none of anyOf");
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode allowed : schema.get("enum")) {
        listed |= allowed.equals(value);
      }
      if (!listed) {
        errors.add(at + ": " + brief(value) + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("type") && !hasType(value, schema.get("type").asText())) {
      errors.add(at + ": expected " + schema.get("type").asText() + ", got " + value.getNodeType());
      return;
    }
    if (value.isTextual()) {
      checkString(value.asText(), schema, at, errors);
    } else if (value.isNumber()) {
      checkNumber(value, schema, at, errors);
    } else if (value.isArray()) {
      checkArray(value, schema, at, errors);
    } else if (value.isObject()) {
      checkObject(value, schema, at, errors);
    }
  }

  private long count(JsonNode value, JsonNode alternatives, String at) {
    long n = 0;
    for (JsonNode alternative : alternatives) {
      List<String> own = new ArrayList<>();
      check(value, alternative, at, own);
      n += own.isEmpty() ? 1 : 0;
    }
    return n;
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      default -> throw new IllegalStateException("unknown type " + type);
    };
  }

  private void checkString(String s, JsonNode schema, String at, List<String> errors) {
    int length = s.codePointCount(0, s.length());
    if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
      errors.add(at + ": shorter than " + schema.get("minLength").asInt());
    }
    if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
      errors.add(at + ": longer than " + schema.get("maxLength").asInt());
    }
    if (schema.has("pattern")) {
      String regex = schema.get("pattern").asText();
      // ECMA-262 semantics: the pattern matches anywhere unless it anchors itself.
      if (!patterns.computeIfAbsent(regex, Pattern::compile).matcher(s).find()) {
        errors.add(at + ": " + brief(s) + " does not match " + regex);
      }
    }
    String format = schema.path("format").asText("");
    boolean ok = switch (format) {
      case "" -> true;
      case "date" -> isDate(s);
      case "date-time" -> isDateTime(s);
      case "uuid" -> UUID.matcher(s).matches();
      case "email" -> EMAIL.matcher(s).matches();
      default -> throw new IllegalStateException("unsupported string format " + format + " at " + at);
    };
    if (!ok) {
      errors.add(at + ": " + brief(s) + " is not a " + format);
    }
  }

  /** RFC 3339's date-time with a four-digit year (an instant as the API writes one: {@code 2026-03-02T09:15:00.123456Z}). */
  private static boolean isDateTime(String s) {
    if (s.length() < 20 || !isDate(s.substring(0, 10)) || s.charAt(10) != 'T') {
      return false;
    }
    try {
      java.time.OffsetDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isDate(String s) {
    if (!DATE_SHAPE.matcher(s).matches()) {
      return false;
    }
    try {
      LocalDate.parse(s, DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static void checkNumber(JsonNode value, JsonNode schema, String at, List<String> errors) {
    BigDecimal n = value.decimalValue();
    if (schema.has("minimum") && n.compareTo(schema.get("minimum").decimalValue()) < 0) {
      errors.add(at + ": " + n + " is below " + schema.get("minimum"));
    }
    if (schema.has("maximum") && n.compareTo(schema.get("maximum").decimalValue()) > 0) {
      errors.add(at + ": " + n + " is above " + schema.get("maximum"));
    }
    String format = schema.path("format").asText("");
    BigInteger whole = value.isIntegralNumber() ? value.bigIntegerValue() : null;
    boolean ok = switch (format) {
      case "" , "double" -> true;
      case "int32" -> whole != null && whole.bitLength() < 32;
      case "int64" -> whole != null && whole.bitLength() < 64;
      default -> throw new IllegalStateException("unsupported number format " + format + " at " + at);
    };
    if (!ok) {
      errors.add(at + ": " + n + " is not an " + format);
    }
  }

  private void checkArray(JsonNode value, JsonNode schema, String at, List<String> errors) {
    if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
      errors.add(at + ": fewer than " + schema.get("minItems").asInt() + " items");
    }
    if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
      errors.add(at + ": more than " + schema.get("maxItems").asInt() + " items");
    }
    if (schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), at + "[" + i + "]", errors);
      }
    }
  }

  private void checkObject(JsonNode value, JsonNode schema, String at, List<String> errors) {
    for (JsonNode name : schema.path("required")) {
      if (!value.has(name.asText())) {
        errors.add(at + ": required " + name.asText() + " is missing");
      }
    }
    JsonNode properties = schema.path("properties");
    Set<String> declared = new HashSet<>();
    properties.fieldNames().forEachRemaining(declared::add);
    value.properties().forEach(member -> {
      String name = member.getKey();
      if (declared.contains(name)) {
        check(member.getValue(), properties.get(name), at + "." + name, errors);
        return;
      }
      JsonNode additional = schema.path("additionalProperties");
      if (additional.isBoolean() && !additional.asBoolean()) {
        errors.add(at + ": " + name + " is not a declared property");
      } else if (additional.isObject()) {
        check(member.getValue(), additional, at + "." + name, errors);
      }
    });
  }

  private static String brief(Object value) {
    String s = String.valueOf(value);
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
