package nl.wmokader.core.monitoring.domain;

import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;

/** What the monitoring figures refuse. */
public sealed interface FiguresError extends DomainError {

  /** This installation keeps no facts for the figures: the facade was given no {@code MonitoringFacts}. */
  record NotKept() implements FiguresError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.REJECTED;
    }

    @Override
    public String message() {
      return "this installation computes no monitoring figures (no monitoring facts were given)";
    }
  }
}
