package nl.wmokader.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.UUID;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Every refusal of a subdomain, one of each: walks a sealed error hierarchy and builds each record
 * in it from sample values (a test-range BSN, a member's code, a provider's AGB, dates, the first
 * constant of an enum, empty collections), so that a test can hold all of them to what every
 * {@link DomainError} promises: a kind, a stable code and an explanation in words, free of the BSN.
 */
public final class ErrorCatalogue {
  /** A test-range BSN (eleven-test valid): a message must never show it. */
  public static final String BSN = "999900018";

  private ErrorCatalogue() {}

  /** One instance of every record under the sealed {@code root}. */
  public static java.util.List<DomainError> instancesOf(Class<? extends DomainError> root) {
    java.util.List<DomainError> errors = new ArrayList<>();
    collect(root, errors);
    return errors;
  }

  /**
   * Asserts of every refusal under {@code root} (at least {@code expected} of them, so that a
   * hierarchy that stops being walkable fails loudly): a kind, its simple name or an overriding code,
   * a message that says something and never shows a BSN.
   */
  public static void assertEachExplainsItself(Class<? extends DomainError> root, int expected) {
    java.util.List<DomainError> errors = instancesOf(root);
    assertThat(errors).as("refusals under %s", root.getSimpleName()).hasSizeGreaterThanOrEqualTo(expected);
    for (DomainError error : errors) {
      String name = error.getClass().getSimpleName();
      assertThat(error.kind()).as("%s.kind()", name).isNotNull();
      assertThat(error.code()).as("%s.code()", name).isNotBlank();
      assertThat(error.message()).as("%s.message()", name).isNotBlank().doesNotContain(BSN);
      assertThat(error.message().strip()).as("%s.message() is words, not a bare value", name).contains(" ");
    }
  }

  private static void collect(Class<?> type, java.util.List<DomainError> into) {
    if (type.isRecord()) {
      into.add((DomainError) sample(type));
      return;
    }
    Class<?>[] permitted = type.getPermittedSubclasses();
    if (permitted == null) {
      return;
    }
    for (Class<?> sub : permitted) {
      collect(sub, into);
    }
  }

  /** A sample of {@code type}: a fixed value for the project's value types, recursively for records. */
  private static Object sample(Class<?> type) {
    if (type == String.class) {
      return "voorbeeld";
    }
    if (type == int.class || type == Integer.class) {
      return 2;
    }
    if (type == long.class || type == Long.class) {
      return 2L;
    }
    if (type == boolean.class || type == Boolean.class) {
      return true;
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2026, 3, 15);
    }
    if (type == YearMonth.class) {
      return YearMonth.of(2026, 3);
    }
    if (type == UUID.class) {
      return UUID.fromString("00000000-0000-4000-8000-000000000001");
    }
    if (type == Bsn.class) {
      return Bsn.validate("client", BSN).get();
    }
    if (type == MunicipalityCode.class) {
      return MunicipalityCode.of("0828");
    }
    if (type == AgbCode.class) {
      return AgbCode.of("98000001");
    }
    if (type == Option.class) {
      return Option.none();
    }
    if (type == Seq.class || type == List.class) {
      return List.empty();
    }
    if (type == Set.class) {
      return HashSet.empty();
    }
    if (type == Map.class) {
      return HashMap.empty();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    for (Method of : type.getMethods()) {
      if (Modifier.isStatic(of.getModifiers()) && of.getName().equals("of") && of.getParameterCount() == 1
          && of.getParameterTypes()[0] == String.class && of.getReturnType() == type) {
        try {
          return of.invoke(null, sampleCode(type));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot build a sample " + type.getName(), e);
        }
      }
    }
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = sample(types[i]);
      }
      try {
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build a sample " + type.getName(), e);
      }
    }
    throw new IllegalStateException("no sample for " + type.getName() + ": add one to ErrorCatalogue");
  }

  /** A valid text for a value type built by {@code of(String)}: digits for codes, a product code's letters. */
  private static String sampleCode(Class<?> type) {
    return switch (type.getSimpleName()) {
      case "ProductCode" -> "03A01";
      case "ConditionCode" -> "INSURANCE";
      default -> "1";
    };
  }
}
