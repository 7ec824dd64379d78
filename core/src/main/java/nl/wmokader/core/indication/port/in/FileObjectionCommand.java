package nl.wmokader.core.indication.port.in;

import java.time.LocalDate;
import nl.wmokader.core.indication.domain.IndicationId;

/** An objection (bezwaar) against the decision on {@code indication}, received on {@code filedOn}. */
public record FileObjectionCommand(IndicationId indication, LocalDate filedOn) {}
