package nl.wmokader.core.indication.port.in;

import java.time.LocalDate;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.ObjectionOutcome;

/** The decision on the objection against {@code indication}'s decision. */
public record DecideOnObjectionCommand(IndicationId indication, ObjectionOutcome outcome, LocalDate decidedOn) {}
