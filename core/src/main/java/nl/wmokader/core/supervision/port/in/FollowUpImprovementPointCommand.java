package nl.wmokader.core.supervision.port.in;

import nl.wmokader.core.supervision.domain.InvestigationId;

/** Records that the improvement point at {@code index} of the investigation's outcomes was followed up today. */
public record FollowUpImprovementPointCommand(InvestigationId investigation, Integer index) {}
