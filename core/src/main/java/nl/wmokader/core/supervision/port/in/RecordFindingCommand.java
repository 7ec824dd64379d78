package nl.wmokader.core.supervision.port.in;

import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.Verdict;

/** The verdict on one norm of the quality framework; a second finding on a norm revises the first. */
public record RecordFindingCommand(InvestigationId investigation, String normCode, String normName, Verdict verdict,
                                   String note) {}
