package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

/**
 * The verdict on one norm of the region's quality framework (kwaliteitsvoorwaarden), with a note
 * that explains it. The note is about the provider's organisation and must not name clients.
 */
public record Finding(String normCode, String normName, Verdict verdict, String note) {
  public Finding {
    requireNonNull(normCode, "normCode");
    requireNonNull(normName, "normName");
    requireNonNull(verdict, "verdict");
    requireNonNull(note, "note");
    if (normCode.isBlank() || normName.isBlank()) {
      throw new IllegalArgumentException("a finding names its norm");
    }
  }
}
