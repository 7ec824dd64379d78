package nl.wmokader.core.settlement.port.in;

import nl.wmokader.core.shared.MunicipalityCode;

/** Sets {@code member}'s budget for {@code year}; {@code expectedVersion} is the version read (0: none yet). */
public record SetBudgetCommand(MunicipalityCode member, Integer year, Long amountCents, Long expectedVersion) {}
