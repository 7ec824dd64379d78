package nl.wmokader.examples.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The REST upload's floor: Jackson (the REST adapter's own JSON library, on the class path through
 * it) parsing a body into a tree with a default {@code ObjectMapper}. Reached by reflection, once:
 * the module rule keeps Jackson's types out of every package but the REST adapter's
 * ({@code ModuleBoundariesTest}), and a floor is no reason to open it.
 */
final class JacksonFloor {
  private final Object mapper;
  private final MethodHandle readTree;
  private final MethodHandle size;
  private final MethodHandle path;

  JacksonFloor() {
    try {
      Class<?> mapperType = Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
      Class<?> node = Class.forName("com.fasterxml.jackson.databind.JsonNode");
      mapper = mapperType.getConstructor().newInstance();
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      readTree = lookup.findVirtual(mapperType, "readTree", MethodType.methodType(node, byte[].class));
      path = lookup.findVirtual(node, "path", MethodType.methodType(node, String.class));
      size = lookup.findVirtual(node, "size", MethodType.methodType(int.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Jackson is not on the class path", e);
    }
  }

  /** Parses {@code body} into a tree; answers how many lines its {@code lines} array holds. */
  int lines(byte[] body) {
    try {
      Object tree = readTree.invoke(mapper, body);
      return (int) size.invoke(path.invoke(tree, "lines"));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("Jackson could not parse a bench body", e);
    }
  }
}
