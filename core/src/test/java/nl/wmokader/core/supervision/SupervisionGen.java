package nl.wmokader.core.supervision;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.supervision.domain.SelectionCandidate;
import nl.wmokader.core.supervision.domain.SelectionTerms;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for the proactive selection. Providers are fictional: AGB codes 98xxxxxx. */
public final class SupervisionGen {
  private SupervisionGen() {}

  /** The selection date of generated cases. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  /** Terms with a small capacity (often below the number of due providers) and short coverage limits. */
  public static Gen<SelectionTerms> terms() {
    return rs -> new SelectionTerms(integers().between(0, 12).generate(rs), integers().between(1, 6).generate(rs),
        integers().between(0, 5).generate(rs), integers().between(0, 5).generate(rs),
        integers().between(0, 5).generate(rs), integers().between(0, 5).generate(rs));
  }

  /** Seeds, all of them. */
  public static Gen<Long> seeds() {
    return longs().all();
  }

  /**
   * 0..25 candidates with distinct codes 98xxxxxx (ascending gaps, so not in the order of their
   * codes after a shuffle elsewhere), a quarter inactive; active for up to 12 years before
   * {@link #AS_OF}, some never investigated, so many are due for small coverage limits.
   */
  public static Gen<List<SelectionCandidate>> candidates() {
    return rs -> {
      int n = integers().between(0, 25).generate(rs);
      int code = 98_000_000;
      List<SelectionCandidate> out = List.empty();
      for (int i = 0; i < n; i++) {
        code += integers().between(1, 30_000).generate(rs);
        out = out.append(candidate(AgbCode.of(Integer.toString(code))).generate(rs));
      }
      return out;
    };
  }

  /** One candidate with the given code. */
  public static Gen<SelectionCandidate> candidate(AgbCode provider) {
    return rs -> {
      boolean active = integers().between(0, 3).generate(rs) > 0;
      LocalDate activeSince = AS_OF.minusDays(integers().between(0, 12 * 366).generate(rs));
      long span = activeSince.until(AS_OF, java.time.temporal.ChronoUnit.DAYS);
      Option<LocalDate> last = Generate.booleans().generate(rs)
          ? Option.none()
          : Option.some(activeSince.plusDays(longs().between(0, span).generate(rs)));
      return new SelectionCandidate(provider, active, activeSince,
          integers().between(0, 3).mix(integers().between(0, 40)).generate(rs),
          Money.ofCents(longs().between(0, 2_000_000_000L).generate(rs)),
          integers().between(0, 2_000).generate(rs), last);
    };
  }
}
