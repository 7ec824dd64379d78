package nl.wmokader.core.obligations.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;

/** Every obligation of a provider for a year, evaluated as of a date, in {@link ObligationKind} order. */
public record ObligationEvaluations(AgbCode provider, int year, LocalDate asOf, Seq<ObligationEvaluation> evaluations) {
  public ObligationEvaluations {
    requireNonNull(provider, "provider");
    requireNonNull(asOf, "asOf");
    requireNonNull(evaluations, "evaluations");
  }

  /** The evaluation of {@code kind}. */
  public ObligationEvaluation of(ObligationKind kind) {
    return evaluations.find(e -> e.kind() == kind).getOrElseThrow(() -> new IllegalArgumentException("no " + kind));
  }
}
