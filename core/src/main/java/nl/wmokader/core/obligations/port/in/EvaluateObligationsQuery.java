package nl.wmokader.core.obligations.port.in;

import nl.wmokader.core.shared.AgbCode;

/** Which provider's obligations to evaluate, for which calendar year. */
public record EvaluateObligationsQuery(AgbCode provider, int year) {}
