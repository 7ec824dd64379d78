package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A supervision finding about a provider's quality in a year, established on a date: whether it
 * contradicts the provider's compliance with the regional quality framework (a shortcoming), or
 * not (an observation). Supervision establishes them ({@code FindQualityFindingsUseCase}); the obligations weigh them.
 */
public record QualityFinding(LocalDate establishedOn, boolean contradictsQualityFramework) {
  public QualityFinding {
    requireNonNull(establishedOn, "establishedOn");
  }
}
