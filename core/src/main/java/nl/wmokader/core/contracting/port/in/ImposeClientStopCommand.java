package nl.wmokader.core.contracting.port.in;

import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DateRange;

/** Stops new assignments under a contract during {@code period} (open-ended: until lifted). */
public record ImposeClientStopCommand(ContractId contract, DateRange period, ClientStopReason reason) {}
