package nl.wmokader.core.supervision.port.in;

import java.time.LocalDate;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.InvestigationStatus;

/**
 * Moves {@code investigation} to {@code to}, the next step, today; {@code responseDue} (not before
 * today) is required exactly for {@link InvestigationStatus#PROVIDER_RESPONSE}.
 */
public record AdvanceInvestigationCommand(InvestigationId investigation, InvestigationStatus to,
                                          LocalDate responseDue) {}
