package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A step of {@code indication} that was due on {@code due} and is not done. */
public record OverdueItem(Indication indication, OverdueKind kind, LocalDate due) {
  public OverdueItem {
    requireNonNull(indication, "indication");
    requireNonNull(kind, "kind");
    requireNonNull(due, "due");
  }
}
