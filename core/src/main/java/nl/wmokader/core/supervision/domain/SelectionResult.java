package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;

/**
 * A year's proactive selection: the chosen providers (coverage first, most overdue first, then
 * the risk draw, highest key first) and the due providers that did not fit in the capacity, which
 * the region should know about (its capacity is too small for its coverage limit).
 */
public record SelectionResult(LocalDate asOf, long seed, SelectionTerms terms, Seq<SelectedProvider> selected,
                              Seq<AgbCode> dueButNotSelected) {

  public SelectionResult {
    requireNonNull(asOf, "asOf");
    requireNonNull(terms, "terms");
    requireNonNull(selected, "selected");
    requireNonNull(dueButNotSelected, "dueButNotSelected");
    if (selected.size() > terms.capacity()) {
      throw new IllegalStateException("the selection exceeds the capacity");
    }
  }

  /** The chosen providers' codes, in selection order. */
  public Seq<AgbCode> providers() {
    return selected.map(SelectedProvider::provider);
  }

  /** Whether {@code provider} is selected. */
  public boolean contains(AgbCode provider) {
    return selected.exists(s -> s.provider().equals(provider));
  }
}
