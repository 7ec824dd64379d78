package nl.wmokader.core.indication.port.in;

import java.time.LocalDate;
import nl.wmokader.core.indication.domain.IndicationId;

/** The assessment (onderzoek) of a reported case was completed on {@code assessedOn}. */
public record CompleteAssessmentCommand(IndicationId indication, LocalDate assessedOn) {}
