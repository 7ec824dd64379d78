package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import nl.wmokader.core.shared.AgbCode;

/**
 * The yearly choice of proactive investigations (DOMAIN §7, issue 6): representative of the
 * provider population, weighted by risk, with a coverage guarantee, and reproducible from a seed.
 *
 * <p>Rule. Only active providers are candidates.
 * <ol>
 *   <li><b>Coverage</b>: the providers due under the coverage limit
 *       ({@link SelectionCandidate#isDue}) come first, earliest coverage deadline first, ties by
 *       ascending AGB code, up to the capacity. Due providers beyond it are reported in
 *       {@link SelectionResult#dueButNotSelected()}.</li>
 *   <li><b>Risk</b>: the remaining capacity goes to the other active providers by weighted sampling
 *       without replacement (Efraimidis–Spirakis): each gets {@code u} in (0, 1) from a pure hash of
 *       (seed, AGB code) and the key {@code ln(u) / w} with {@code w} its
 *       {@link SelectionCandidate#riskWeight risk weight}; the highest keys are taken, ties by
 *       ascending AGB code. The chance to be drawn first is proportional to {@code w}.</li>
 * </ol>
 * Consequences: the same input and seed give the same selection in the same order, whatever the
 * order of the candidates; a provider's {@code u} depends on nothing but the seed and its own
 * code, so raising its risk only raises its own key and never drops it from the selection. The
 * seed is given (e.g. drawn and recorded by the region's board), never made here.
 */
public final class ProactiveSelection {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final double TWO_TO_MINUS_53 = 0x1.0p-53;

  private ProactiveSelection() {}

  /**
   * Selects at most {@code terms.capacity()} active providers from {@code candidates} for the
   * selection year starting on {@code asOf}.
   *
   * @return the selection, or a Left: {@link SelectionError.DuplicateProviders},
   *     {@link SelectionError.InvestigatedAfterSelectionDate}
   */
  public static Either<SelectionError, SelectionResult> select(Seq<SelectionCandidate> candidates, SelectionTerms terms,
                                                               LocalDate asOf, long seed) {
    requireNonNull(candidates, "candidates");
    requireNonNull(terms, "terms");
    requireNonNull(asOf, "asOf");
    Seq<AgbCode> duplicates = candidates.groupBy(SelectionCandidate::provider)
        .filterValues(group -> group.size() > 1).keySet().toList().sorted();
    if (!duplicates.isEmpty()) {
      return Either.left(new SelectionError.DuplicateProviders(duplicates));
    }
    Option<SelectionCandidate> future = candidates.sortBy(SelectionCandidate::provider)
        .find(c -> c.lastInvestigated().exists(d -> d.isAfter(asOf)));
    if (future.isDefined()) {
      SelectionCandidate c = future.get();
      return Either.left(new SelectionError.InvestigatedAfterSelectionDate(c.provider(), c.lastInvestigated().get(), asOf));
    }

    int years = terms.coverageYears();
    Seq<SelectionCandidate> active = candidates.filter(SelectionCandidate::active);
    Seq<SelectionCandidate> due = active.filter(c -> c.isDue(years, asOf))
        .sorted(Comparator.comparing((SelectionCandidate c) -> c.coverageDeadline(years))
            .thenComparing(SelectionCandidate::provider));
    Seq<SelectedProvider> byCoverage = due.take(terms.capacity())
        .map(c -> chosen(c, SelectionReason.COVERAGE, terms, asOf));
    int left = terms.capacity() - byCoverage.size();
    Seq<SelectedProvider> byRisk = active.filter(c -> !c.isDue(years, asOf))
        .map(c -> Tuple.of(c, key(seed, c.provider(), c.riskWeight(terms, asOf))))
        .sorted(Comparator.comparing((Tuple2<SelectionCandidate, Double> t) -> t._2).reversed()
            .thenComparing(t -> t._1.provider()))
        .take(left)
        .map(t -> chosen(t._1, SelectionReason.RISK, terms, asOf));
    return Either.right(new SelectionResult(asOf, seed, terms, byCoverage.appendAll(byRisk),
        due.drop(terms.capacity()).map(SelectionCandidate::provider)));
  }

  /**
   * The sampling key {@code ln(u) / weight}, with {@code u} = {@link #uniform(long, AgbCode)}:
   * negative, and closer to zero (higher) the larger the weight.
   */
  public static double key(long seed, AgbCode provider, double weight) {
    if (!(weight > 0)) {
      throw new IllegalArgumentException("a sampling weight is positive");
    }
    return Math.log(uniform(seed, provider)) / weight;
  }

  /**
   * A number strictly between 0 and 1, a pure function of the seed and the provider's code:
   * the upper 53 bits of a SplitMix64-style mix, offset by half a step so neither end is reached.
   */
  public static double uniform(long seed, AgbCode provider) {
    long code = Long.parseLong(provider.value());
    long bits = mix(mix(seed) + code * GOLDEN_GAMMA);
    return ((bits >>> 11) + 0.5) * TWO_TO_MINUS_53;
  }

  /** The SplitMix64 finalizer (Steele, Lea, Flood 2014): a bijection on longs with good avalanche. */
  static long mix(long z) {
    long x = z + GOLDEN_GAMMA;
    x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
    x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
    return x ^ (x >>> 31);
  }

  private static SelectedProvider chosen(SelectionCandidate c, SelectionReason reason, SelectionTerms terms, LocalDate asOf) {
    return new SelectedProvider(c.provider(), reason, c.coverageDeadline(terms.coverageYears()), c.riskWeight(terms, asOf));
  }
}
