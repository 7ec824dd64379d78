package nl.wmokader.core.supervision.port.in;

import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.SignalId;

/**
 * Decides on an open signal: link it to {@code investigation} (an open investigation of the same
 * provider) or dismiss it for {@code dismissalReason}; exactly one of the two is given.
 */
public record DecideOnSignalCommand(SignalId signal, InvestigationId investigation, String dismissalReason) {}
