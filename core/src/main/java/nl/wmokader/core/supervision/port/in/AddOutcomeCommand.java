package nl.wmokader.core.supervision.port.in;

import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.Outcome;

/** Adds {@code outcome} to {@code investigation} today. */
public record AddOutcomeCommand(InvestigationId investigation, Outcome outcome) {}
