package nl.wmokader.adapters.rest.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Values the service knows, so that generated requests reach past "not found" into the domain's
 * rules: identifiers by the name of the parameter or field that carries them (a field
 * {@code assignment} draws from {@code assignmentId} too), and the codes of the seeded world. Filled
 * by the seeding and by every {@code Location} the suite is answered with.
 */
final class KnownValues {
  private final Map<String, Set<String>> byName = new LinkedHashMap<>();

  void add(String name, String value) {
    byName.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(value);
  }

  /** A known value for the field or parameter {@code name}, if any is known. */
  Optional<String> pick(String name, Random random) {
    List<String> values = new ArrayList<>();
    values.addAll(byName.getOrDefault(name, Set.of()));
    if (values.isEmpty() && !name.endsWith("Id")) {
      values.addAll(byName.getOrDefault(name + "Id", Set.of()));
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(random.nextInt(values.size())));
  }

  /** Any known value of any of {@code names}. */
  Optional<String> pickAny(Random random, String... names) {
    List<String> values = new ArrayList<>();
    for (String name : names) {
      values.addAll(byName.getOrDefault(name, Set.of()));
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(random.nextInt(values.size())));
  }

  /** Every identifier known under any name (a plausible but wrong identifier for a field). */
  Optional<String> anyIdentifier(Random random) {
    List<String> values = new ArrayList<>();
    byName.forEach((name, set) -> {
      if (name.endsWith("Id")) {
        values.addAll(set);
      }
    });
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(random.nextInt(values.size())));
  }

  /** How many values are known per name, for the summary. */
  Map<String, Integer> sizes() {
    Map<String, Integer> out = new LinkedHashMap<>();
    byName.forEach((name, set) -> out.put(name, set.size()));
    return out;
  }
}
