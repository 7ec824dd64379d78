package nl.wmokader.adapters.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one Jackson mapper of the API, independent of any mapper the embedder gives Javalin. Writing:
 * camelCase record components, ISO-8601 dates, nulls left out. Reading is strict: no duplicate keys,
 * no trailing tokens, no coercion between strings, numbers and booleans, no fractions for integers,
 * no lenient dates.
 */
public final class Json {
  static final ObjectMapper MAPPER = configure();

  private Json() {}

  private static ObjectMapper configure() {
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .defaultLeniency(false)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
    for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
        LogicalType.Boolean, LogicalType.DateTime, LogicalType.Enum}) {
      for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
          CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
          CoercionInputShape.EmptyString}) {
        if (!native_(type, shape)) {
          mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
      }
    }
    return mapper;
  }

  /** Whether {@code shape} is the JSON form of {@code type} itself, not a coercion. */
  private static boolean native_(LogicalType type, CoercionInputShape shape) {
    switch (type) {
      case Textual:
      case DateTime:
      case Enum:
        return shape == CoercionInputShape.String;
      case Integer:
        return shape == CoercionInputShape.Integer;
      case Float:
        return shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
      case Boolean:
        return shape == CoercionInputShape.Boolean;
      default:
        return false;
    }
  }

  /** {@code value} as the API writes it (records as objects, camelCase, ISO dates, nulls left out), in UTF-8. */
  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getName(), e);
    }
  }

  /** {@code value} as {@code writer} writes it, through a generator of the mapper. */
  static <T> byte[] write(T value, ApiCall.JsonWriter<? super T> writer) {
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(8 * 1024)) {
      try (JsonGenerator out = MAPPER.createGenerator(bytes, JsonEncoding.UTF8)) {
        writer.write(value, out);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getName(), e);
    }
  }

  /**
   * The syntax tree of a request body; anything but one well-formed JSON value is a 400
   * {@code malformed_json} problem (the parser's message, which may quote the input, is dropped).
   */
  static JsonNode parse(byte[] body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode() || node.isNull()) {
        throw empty();
      }
      return node;
    } catch (JacksonException e) {
      throw malformed();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A body that is empty or {@code null}. */
  static ProblemException empty() {
    return new ProblemException(400, "malformed_json", "The request body is empty; a JSON object is required.");
  }

  /**
   * A body that is not one well-formed JSON value (the parser's message, which may quote the
   * input, is dropped).
   */
  static ProblemException malformed() {
    return new ProblemException(400, "malformed_json", "The request body is not well-formed JSON.");
  }
}
