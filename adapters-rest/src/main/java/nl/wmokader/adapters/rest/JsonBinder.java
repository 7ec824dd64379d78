package nl.wmokader.adapters.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.wmokader.core.shared.FieldError;

/**
 * Binds a JSON tree to a request record and reports EVERY problem at once, which Jackson's own
 * fail-fast binding cannot: unknown fields, and values of the wrong type, each with its path
 * ({@code members[0].central}). Records and lists are walked here; leaf values (strings, numbers,
 * booleans, dates, enums) are converted by the strict {@link Json#MAPPER}. A missing or failed
 * component becomes {@code null}, so request records use boxed types and report "required" themselves.
 */
final class JsonBinder {

  /** The bound record (never null for an object body) and the problems found on the way. */
  record Bound<T>(T value, List<FieldError> errors) {}

  /**
   * The most field errors a binder keeps: a body of a million wrong fields costs a bounded list,
   * and the answer names the first ones and how many more there were.
   */
  static final int MAX_ERRORS = 1_000;

  private final List<FieldError> errors = new ArrayList<>();
  private long dropped;

  private JsonBinder() {}

  static <T> Bound<T> bind(JsonNode root, Class<T> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException("request types are records: " + type.getName());
    }
    JsonBinder binder = new JsonBinder();
    if (!root.isObject()) {
      throw notAnObject();
    }
    T value = type.cast(binder.record(root, type, ""));
    return new Bound<>(value, kept(binder.errors, binder.dropped));
  }

  /** {@code errors}, with one more naming how many were not kept. */
  static List<FieldError> kept(List<FieldError> errors, long dropped) {
    if (dropped == 0) {
      return List.copyOf(errors);
    }
    List<FieldError> all = new ArrayList<>(errors);
    all.add(new FieldError("body", "too_many_errors", "and " + dropped + " more invalid fields, not listed"));
    return List.copyOf(all);
  }

  private void add(FieldError error) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(error);
    } else {
      dropped++;
    }
  }

  /** The problem of a body that is well-formed JSON but not an object. */
  static ProblemException notAnObject() {
    return new ProblemException(400, "invalid_input", "The request body must be a JSON object.",
        List.of(new InvalidParam("body", "invalid_type", "must be a JSON object")), java.util.Map.of());
  }

  private Object value(JsonNode node, Type type, String path) {
    Class<?> raw = raw(type);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return defaultOf(raw);
    }
    if (raw.isRecord()) {
      if (!node.isObject()) {
        return fail(path, "must be an object", raw);
      }
      return record(node, raw, path);
    }
    if (List.class.equals(raw) || Collection.class.equals(raw) || Set.class.equals(raw)) {
      if (!node.isArray()) {
        return fail(path, "must be an array", raw);
      }
      Type element = type instanceof ParameterizedType
          ? ((ParameterizedType) type).getActualTypeArguments()[0]
          : Object.class;
      List<Object> items = new ArrayList<>();
      int i = 0;
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); i++) {
        items.add(value(it.next(), element, path + "[" + i + "]"));
      }
      // List.copyOf rejects null elements: keep them, the request record reports them as required.
      return Set.class.equals(raw)
          ? java.util.Collections.unmodifiableSet(new LinkedHashSet<>(items))
          : java.util.Collections.unmodifiableList(items);
    }
    if (node.isContainerNode()) {
      // Jackson would read some leaves from arrays ([2025,1,1] as a date): a leaf is one JSON value.
      return fail(path, "must be " + describe(raw), raw);
    }
    String field = path.isEmpty() ? "body" : path;
    if (raw == String.class && node.isTextual()) {
      return checked(JsonLeaves.string(field, node.textValue()), node.textValue());
    }
    if (raw == LocalDate.class) {
      if (!node.isTextual()) {
        return fail(path, JsonLeaves.DATE_FORMAT, raw);
      }
      LocalDate date = JsonLeaves.isoDate(node.textValue());
      return checked(JsonLeaves.date(field, date), date);
    }
    try {
      return Json.MAPPER.treeToValue(node, Json.MAPPER.constructType(type));
    } catch (JacksonException | IllegalArgumentException e) {
      return fail(path, "must be " + describe(raw), raw);
    }
  }

  private Object record(JsonNode node, Class<?> type, String path) {
    RecordComponent[] components = type.getRecordComponents();
    Set<String> known = new LinkedHashSet<>();
    for (RecordComponent c : components) {
      known.add(c.getName());
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        add(new FieldError(join(path, name), "unknown_field", "is not a known field"));
      }
    }
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      args[i] = value(node.get(c.getName()), c.getGenericType(), join(path, c.getName()));
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      constructor.setAccessible(true);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("request record " + type.getName() + " must not validate in its constructor",
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct request record " + type.getName(), e);
    }
  }

  /** {@code value}, or null with {@code error} added. */
  private Object checked(FieldError error, Object value) {
    if (error == null) {
      return value;
    }
    add(error);
    return null;
  }

  private Object fail(String path, String reason, Class<?> raw) {
    add(new FieldError(path.isEmpty() ? "body" : path,
        LocalDate.class.equals(raw) ? "date_format" : "invalid_type", reason));
    return defaultOf(raw);
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    return Object.class;
  }

  static Object defaultOf(Class<?> raw) {
    if (!raw.isPrimitive()) {
      return null;
    }
    if (raw == boolean.class) {
      return false;
    }
    if (raw == char.class) {
      return '\0';
    }
    if (raw == long.class) {
      return 0L;
    }
    if (raw == double.class) {
      return 0d;
    }
    if (raw == float.class) {
      return 0f;
    }
    if (raw == short.class) {
      return (short) 0;
    }
    if (raw == byte.class) {
      return (byte) 0;
    }
    return 0;
  }

  static String describe(Class<?> raw) {
    if (raw == String.class) {
      return "a string";
    }
    if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class
        || raw == Short.class || raw == short.class) {
      return "an integer";
    }
    if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
      return "a number";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "true or false";
    }
    if (raw == LocalDate.class) {
      return "an ISO-8601 date (yyyy-mm-dd)";
    }
    if (raw.isEnum()) {
      return "one of " + Arrays.toString(raw.getEnumConstants());
    }
    if (raw.isRecord()) {
      return "an object";
    }
    return "a value of type " + raw.getSimpleName();
  }
}
