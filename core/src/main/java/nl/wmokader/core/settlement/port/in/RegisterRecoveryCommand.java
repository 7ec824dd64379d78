package nl.wmokader.core.settlement.port.in;

import java.time.YearMonth;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;

/** Take back {@code amountCents} (> 0) paid unduly to {@code provider}, in {@code member}'s settlement of {@code month}. */
public record RegisterRecoveryCommand(AgbCode provider, MunicipalityCode member, YearMonth month, Long amountCents,
                                      String reason, String reference) {}
