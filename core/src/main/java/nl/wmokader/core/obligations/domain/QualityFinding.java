package nl.wmokader.core.obligations.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A supervision finding about a provider's quality in a year, established on a date: whether it
 * contradicts the provider's compliance with the regional quality framework (a shortcoming), or
 * not (an observation). Supervision knows these; contracting reads them through {@code QualityFindings}.
 */
public record QualityFinding(LocalDate establishedOn, boolean contradictsQualityFramework) {
  public QualityFinding {
    requireNonNull(establishedOn, "establishedOn");
  }
}
