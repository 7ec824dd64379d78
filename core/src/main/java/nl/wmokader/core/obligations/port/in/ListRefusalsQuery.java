package nl.wmokader.core.obligations.port.in;

import nl.wmokader.core.shared.AgbCode;

/** The refusals of {@code provider} dated in {@code year}. */
public record ListRefusalsQuery(AgbCode provider, int year) {}
