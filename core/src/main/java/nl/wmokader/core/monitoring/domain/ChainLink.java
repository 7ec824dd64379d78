package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Where an assignment stands in a chain of replacements after changes of volume (the indication
 * subdomain's {@code Assignment.replaces}: the replacement names the assignment it replaces), as
 * numbers of one answer of {@link nl.wmokader.core.monitoring.port.out.MonitoringFacts}, like the
 * client's: no identifier leaves the adapter.
 *
 * @param assignment the answer's number of this assignment
 * @param replaces the answer's number of the assignment this one replaces (numbered even when that
 *     one is not among the answer's facts)
 * @param chainStart the earliest reported start of delivery of the assignments this one replaces,
 *     directly or through others, deleted ones left out; none when it replaces none or none started
 */
public record ChainLink(long assignment, Option<Long> replaces, Option<LocalDate> chainStart) {
  public ChainLink {
    requireNonNull(replaces, "replaces");
    requireNonNull(chainStart, "chainStart");
  }

  /** An assignment that replaces none. */
  public static ChainLink alone(long assignment) {
    return new ChainLink(assignment, Option.none(), Option.none());
  }

  /** What an adapter knows of one stored, not deleted assignment: what it replaces and its start of delivery. */
  public record Part<K>(Option<K> replaces, Option<LocalDate> deliveryStart) {}

  /**
   * The links of {@code answered} (keys of stored assignments, e.g. their identifiers), numbered in
   * order of appearance, each chain followed back through {@code parts} (none for an assignment not
   * stored or deleted: the chain stops there; a cycle, which the core never makes, stops too).
   */
  public static <K> java.util.Map<K, ChainLink> of(Seq<K> answered, Function<K, Option<Part<K>>> parts) {
    java.util.Map<K, Long> numbers = new java.util.HashMap<>();
    Function<K, Long> number = k -> numbers.computeIfAbsent(k, x -> (long) numbers.size() + 1);
    java.util.Map<K, ChainLink> links = new java.util.LinkedHashMap<>();
    for (K k : answered) {
      long own = number.apply(k);
      Option<K> replaces = parts.apply(k).flatMap(Part::replaces);
      Option<LocalDate> start = Option.none();
      java.util.Set<K> seen = new java.util.HashSet<>(java.util.List.of(k));
      for (Option<K> back = replaces; back.isDefined() && seen.add(back.get()); ) {
        Option<Part<K>> part = parts.apply(back.get());
        Option<LocalDate> started = part.flatMap(Part::deliveryStart);
        if (started.isDefined() && (start.isEmpty() || started.get().isBefore(start.get()))) {
          start = started;
        }
        back = part.flatMap(Part::replaces);
      }
      links.put(k, new ChainLink(own, replaces.map(number), start));
    }
    return links;
  }
}
