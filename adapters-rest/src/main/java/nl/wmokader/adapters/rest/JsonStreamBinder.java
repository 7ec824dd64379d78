package nl.wmokader.adapters.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmokader.core.shared.FieldError;

/**
 * {@link JsonBinder}'s twin for a body read token by token from a {@link JsonParser}, without a tree
 * of the whole request: the same record, the same errors with the same paths, codes, messages and
 * order (a record's unknown fields first, then its components in declaration order). Only values
 * off the usual path are read as a small tree and converted exactly as {@link JsonBinder} converts
 * them (by the strict {@link Json#MAPPER}): a field it does not know, a container where a leaf
 * belongs, a leaf of an unexpected JSON type. Strings, whole numbers, booleans, {@code yyyy-mm-dd}
 * dates and enum names take a direct path that answers what the mapper would.
 *
 * <p>The caller owns the body's limits and problems ({@link ApiCall}): a malformed document is a
 * {@link JacksonException} from the parser, anywhere in it, as with a tree.
 */
final class JsonStreamBinder {
  /** Reads one value (a subtree) where the parser stands, leaving the rest of the document to us. */
  private static final ObjectReader SUBTREE = Json.MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ClassValue<RecordPlan> PLANS = new ClassValue<>() {
    @Override
    protected RecordPlan computeValue(Class<?> type) {
      return new RecordPlan(type);
    }
  };

  private final List<FieldError> errors = new ArrayList<>();
  private long dropped;
  /** The path of the value being read: per level a field name, or (name null) a list index. */
  private String[] names = new String[8];
  private int[] indices = new int[8];
  private int depth;

  private JsonStreamBinder() {}

  /**
   * The record of {@code type} from the one JSON value {@code parser} holds (nothing may follow it);
   * a body that is {@code null}, empty or not an object is a problem, as for {@link Json#parse} and
   * {@link JsonBinder#bind}.
   *
   * @throws JacksonException when the document is malformed, anywhere
   * @throws IOException when the body cannot be read
   */
  static <T> JsonBinder.Bound<T> bind(JsonParser parser, Class<T> type) throws IOException {
    if (!type.isRecord()) {
      throw new IllegalArgumentException("request types are records: " + type.getName());
    }
    // Duplicate names are refused here, per record (a flag per component), rather than by the
    // parser's set of names per object; values read as a tree are checked by the mapper as before.
    parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw Json.empty();
    }
    if (first == JsonToken.VALUE_NULL) {
      requireEnd(parser);
      throw Json.empty();
    }
    if (first != JsonToken.START_OBJECT) {
      SUBTREE.readTree(parser);
      requireEnd(parser);
      throw JsonBinder.notAnObject();
    }
    JsonStreamBinder binder = new JsonStreamBinder();
    T value = type.cast(binder.record(parser, PLANS.get(type)));
    requireEnd(parser);
    return new JsonBinder.Bound<>(value, JsonBinder.kept(binder.errors, binder.dropped));
  }

  /** One JSON value per body: anything after it is malformed, as {@code FAIL_ON_TRAILING_TOKENS} has it. */
  private static void requireEnd(JsonParser parser) throws IOException {
    if (parser.nextToken() != null) {
      throw new JsonParseException(parser, "trailing token after the body's value");
    }
  }

  private Object value(JsonParser p, Slot slot) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return slot.absent;
    }
    switch (slot.shape) {
      case RECORD:
        if (t != JsonToken.START_OBJECT) {
          SUBTREE.readTree(p);
          return fail(slot, "must be an object");
        }
        // Looked up here, not when planning: a record may nest itself (through a list).
        return record(p, PLANS.get(slot.raw));
      case COLLECTION:
        if (t != JsonToken.START_ARRAY) {
          SUBTREE.readTree(p);
          return fail(slot, "must be an array");
        }
        return collection(p, slot);
      default:
        return leaf(p, t, slot);
    }
  }

  private Object record(JsonParser p, RecordPlan plan) throws IOException {
    Object[] args = plan.absent.clone();
    boolean[] seen = new boolean[args.length];
    int start = errors.size();
    List<FieldError> unknown = null;
    Set<String> unknownNames = null;
    int[] from = null;
    int[] to = null;
    int next = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      int i = plan.indexOf(name, next);
      if (i < 0) {
        if (unknownNames == null) {
          unknownNames = new HashSet<>();
        }
        if (!unknownNames.add(name)) {
          throw duplicate(p);
        }
        p.nextToken();
        if (unknown == null) {
          unknown = new ArrayList<>();
        }
        if (unknown.size() < JsonBinder.MAX_ERRORS) {
          unknown.add(new FieldError(path(name), "unknown_field", "is not a known field"));
        } else {
          dropped++;
        }
        SUBTREE.readTree(p);
        continue;
      }
      if (seen[i]) {
        throw duplicate(p);
      }
      seen[i] = true;
      next = i + 1;
      p.nextToken();
      int before = errors.size();
      push(name, 0);
      args[i] = value(p, plan.slots[i]);
      depth--;
      if (errors.size() > before) {
        if (from == null) {
          from = new int[args.length];
          to = new int[args.length];
        }
        from[i] = before;
        to[i] = errors.size();
      }
    }
    if (unknown != null || from != null) {
      inBinderOrder(start, unknown, from, to);
    }
    return plan.construct(args);
  }

  /** A name twice in one object is malformed, as the mapper's strict duplicate detection has it. */
  private static JsonParseException duplicate(JsonParser p) {
    return new JsonParseException(p, "duplicate field");
  }

  /**
   * The errors since {@code start} (the record's components, in the order the body had them) put
   * in {@link JsonBinder}'s order: unknown fields first, then the components as the record declares them.
   */
  private void inBinderOrder(int start, List<FieldError> unknown, int[] from, int[] to) {
    List<FieldError> ordered = new ArrayList<>(unknown == null ? List.of() : unknown);
    if (from != null) {
      for (int i = 0; i < from.length; i++) {
        ordered.addAll(errors.subList(from[i], to[i]));
      }
    }
    errors.subList(start, errors.size()).clear();
    errors.addAll(ordered);
    if (errors.size() > JsonBinder.MAX_ERRORS) {
      dropped += errors.size() - JsonBinder.MAX_ERRORS;
      errors.subList(JsonBinder.MAX_ERRORS, errors.size()).clear();
    }
  }

  private Object collection(JsonParser p, Slot slot) throws IOException {
    List<Object> items = new ArrayList<>();
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
      push(null, i);
      items.add(value(p, slot.element));
      depth--;
    }
    // As JsonBinder: null elements are kept, for the request record to report as required.
    return slot.set ? Collections.unmodifiableSet(new LinkedHashSet<>(items)) : Collections.unmodifiableList(items);
  }

  private Object leaf(JsonParser p, JsonToken t, Slot slot) throws IOException {
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      SUBTREE.readTree(p);
      return fail(slot, "must be " + JsonBinder.describe(slot.raw));
    }
    if (slot.leaf == Leaf.STRING && t == JsonToken.VALUE_STRING) {
      String text = p.getText();
      return checked(JsonLeaves.string(fieldPath(), text), text, slot);
    }
    if (slot.leaf == Leaf.DATE) {
      if (t != JsonToken.VALUE_STRING) {
        SUBTREE.readTree(p);
        return fail(slot, JsonLeaves.DATE_FORMAT);
      }
      LocalDate date = JsonLeaves.isoDate(p.getText());
      return checked(JsonLeaves.date(fieldPath(), date), date, slot);
    }
    Object direct = direct(p, t, slot);
    if (direct != null) {
      return direct;
    }
    JsonNode node = SUBTREE.readTree(p);
    try {
      return Json.MAPPER.treeToValue(node, slot.javaType);
    } catch (JacksonException | IllegalArgumentException e) {
      return fail(slot, "must be " + JsonBinder.describe(slot.raw));
    }
  }

  /** The usual leaves, read as the mapper would read them; null when the mapper must decide. */
  private static Object direct(JsonParser p, JsonToken t, Slot slot) throws IOException {
    switch (slot.leaf) {
      case STRING:
        return null;
      case LONG:
        if (t == JsonToken.VALUE_NUMBER_INT) {
          JsonParser.NumberType n = p.getNumberType();
          return n == JsonParser.NumberType.INT || n == JsonParser.NumberType.LONG ? p.getLongValue() : null;
        }
        return null;
      case INTEGER:
        return t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : null;
      case BOOLEAN:
        return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
      case ENUM:
        return t == JsonToken.VALUE_STRING ? slot.constants.get(p.getText()) : null;
      default:
        return null;
    }
  }

  /** {@code value}, or the slot's absent value with {@code error} added. */
  private Object checked(FieldError error, Object value, Slot slot) {
    if (error == null) {
      return value;
    }
    add(error);
    return slot.absent;
  }

  private String fieldPath() {
    String path = path();
    return path.isEmpty() ? "body" : path;
  }

  /** As {@link JsonBinder}: at most {@link JsonBinder#MAX_ERRORS} kept, the rest counted. */
  private void add(FieldError error) {
    if (errors.size() < JsonBinder.MAX_ERRORS) {
      errors.add(error);
    } else {
      dropped++;
    }
  }

  private Object fail(Slot slot, String reason) {
    String path = path();
    add(new FieldError(path.isEmpty() ? "body" : path,
        LocalDate.class.equals(slot.raw) ? "date_format" : "invalid_type", reason));
    return slot.absent;
  }

  private void push(String name, int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
    }
    names[depth] = name;
    indices[depth] = index;
    depth++;
  }

  /** The current path as {@link JsonBinder} spells it: {@code lines[3].volume}; "" at the root. */
  private String path() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      append(out, names[i], indices[i]);
    }
    return out.toString();
  }

  /** The path of field {@code name} of the record being read. */
  private String path(String name) {
    StringBuilder out = new StringBuilder(path());
    append(out, name, 0);
    return out.toString();
  }

  private static void append(StringBuilder out, String name, int index) {
    if (name == null) {
      out.append('[').append(index).append(']');
    } else {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(name);
    }
  }

  private enum Shape { RECORD, COLLECTION, LEAF }

  private enum Leaf { STRING, LONG, INTEGER, BOOLEAN, DATE, ENUM, OTHER }

  /** How to read one component or element type, worked out once per record type. */
  private static final class Slot {
    final Class<?> raw;
    final Shape shape;
    final Object absent;
    final Slot element;
    final boolean set;
    final Leaf leaf;
    final JavaType javaType;
    final Map<String, Object> constants;

    Slot(Type type) {
      raw = JsonBinder.raw(type);
      absent = JsonBinder.defaultOf(raw);
      javaType = Json.MAPPER.constructType(type);
      if (raw.isRecord()) {
        shape = Shape.RECORD;
        element = null;
        set = false;
        leaf = Leaf.OTHER;
        constants = Map.of();
      } else if (List.class.equals(raw) || Collection.class.equals(raw) || Set.class.equals(raw)) {
        shape = Shape.COLLECTION;
        element = new Slot(type instanceof ParameterizedType
            ? ((ParameterizedType) type).getActualTypeArguments()[0] : Object.class);
        set = Set.class.equals(raw);
        leaf = Leaf.OTHER;
        constants = Map.of();
      } else {
        shape = Shape.LEAF;
        element = null;
        set = false;
        constants = raw.isEnum() ? constantsAsTheMapperReadsThem(raw, javaType) : Map.of();
        leaf = leafOf(raw, constants);
      }
    }

    private static Leaf leafOf(Class<?> raw, Map<String, Object> constants) {
      if (raw == String.class) {
        return Leaf.STRING;
      }
      if (raw == Long.class || raw == long.class) {
        return Leaf.LONG;
      }
      if (raw == Integer.class || raw == int.class) {
        return Leaf.INTEGER;
      }
      if (raw == Boolean.class || raw == boolean.class) {
        return Leaf.BOOLEAN;
      }
      if (raw == LocalDate.class) {
        return Leaf.DATE;
      }
      return raw.isEnum() && !constants.isEmpty() ? Leaf.ENUM : Leaf.OTHER;
    }

    /**
     * Each constant under its name, when the mapper reads every name as that constant (no
     * annotations renaming them); otherwise none, and every value goes to the mapper.
     */
    private static Map<String, Object> constantsAsTheMapperReadsThem(Class<?> raw, JavaType type) {
      Map<String, Object> byName = new HashMap<>();
      for (Object constant : raw.getEnumConstants()) {
        String name = ((Enum<?>) constant).name();
        try {
          if (Json.MAPPER.treeToValue(TextNode.valueOf(name), type) != constant) {
            return Map.of();
          }
        } catch (JacksonException | IllegalArgumentException e) {
          return Map.of();
        }
        byName.put(name, constant);
      }
      return Map.copyOf(byName);
    }
  }

  /** A request record: its components by name, how to read each, and its canonical constructor. */
  private static final class RecordPlan {
    final Class<?> type;
    final Map<String, Integer> index = new HashMap<>();
    /** The component names, interned as the parser interns the names it reads. */
    final String[] names;
    final Slot[] slots;
    final Object[] absent;
    final Constructor<?> constructor;

    RecordPlan(Class<?> type) {
      this.type = type;
      RecordComponent[] components = type.getRecordComponents();
      slots = new Slot[components.length];
      absent = new Object[components.length];
      names = new String[components.length];
      for (int i = 0; i < components.length; i++) {
        names[i] = components[i].getName().intern();
        index.put(names[i], i);
      }
      for (int i = 0; i < components.length; i++) {
        slots[i] = new Slot(components[i].getGenericType());
        absent[i] = slots[i].absent;
      }
      try {
        constructor = type.getDeclaredConstructor(
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        constructor.setAccessible(true);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot construct request record " + type.getName(), e);
      }
    }

    /**
     * The index of component {@code name}, or -1: first the one after the last read (bodies mostly
     * follow the record's order, and the parser's names are interned), else by name.
     */
    int indexOf(String name, int expected) {
      if (expected < names.length && names[expected] == name) {
        return expected;
      }
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }

    Object construct(Object[] args) {
      try {
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("request record " + type.getName() + " must not validate in its constructor",
            e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot construct request record " + type.getName(), e);
      }
    }
  }
}
