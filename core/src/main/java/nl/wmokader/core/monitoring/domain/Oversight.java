package nl.wmokader.core.monitoring.domain;

import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.Signal;

/**
 * Counts supervision's records per provider over a {@link FigureFilter}'s months: pure, no I/O.
 * Only the filter's months and provider apply: a signal, a calamity or an investigation concerns a
 * provider, not a member, category or product.
 */
public final class Oversight {
  private Oversight() {}

  /** One row per provider with at least one signal received, calamity occurred or investigation opened in the months, by AGB code. */
  public static Seq<SupervisionFigures> supervision(FigureFilter filter, Seq<Signal> signals, Seq<Calamity> calamities,
                                                    Seq<Investigation> investigations) {
    TreeMap<AgbCode, long[]> counts = TreeMap.empty(java.util.Comparator.comparing(AgbCode::value));
    counts = count(counts, filter, signals, Signal::provider, Signal::receivedOn, 0);
    counts = count(counts, filter, calamities, Calamity::provider, Calamity::occurredOn, 1);
    counts = count(counts, filter, investigations, Investigation::provider, Investigation::openedOn, 2);
    return counts.map(e -> new SupervisionFigures(e._1, e._2[0], e._2[1], e._2[2])).toList();
  }

  private static <T> TreeMap<AgbCode, long[]> count(TreeMap<AgbCode, long[]> counts, FigureFilter filter, Seq<T> records,
                                                    Function<T, AgbCode> provider, Function<T, LocalDate> day, int column) {
    TreeMap<AgbCode, long[]> result = counts;
    for (T r : records) {
      AgbCode p = provider.apply(r);
      LocalDate d = day.apply(r);
      if (filter.provider().forAll(p::equals) && !d.isBefore(filter.firstDay()) && !d.isAfter(filter.lastDay())) {
        long[] row = result.get(p).getOrElse(() -> new long[3]).clone();
        row[column]++;
        result = result.put(p, row);
      }
    }
    return result;
  }
}
