package nl.wmokader.core;

import nl.wmokader.core.supervision.domain.Verdict;

/** A violator for the architecture tests: a rule (what counts as a breach) placed in the composition root. */
public final class RuleInTheWiring {
  private RuleInTheWiring() {}

  public static boolean breaches(Verdict verdict) {
    return verdict == Verdict.DOES_NOT_MEET;
  }
}
