package nl.wmokader.core.region.port.in;

import java.time.LocalDate;
import nl.wmokader.core.shared.MunicipalityCode;

/** A member's inhabitants on a reference date; a count for the same date replaces the earlier one. */
public record RecordInhabitantsCommand(MunicipalityCode municipality, LocalDate referenceDate, long inhabitants) {}
