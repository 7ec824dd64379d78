package nl.wmokader.core.contracting.port.in;

import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DateRange;

/** A provider asks for a client stop during {@code period} (open-ended: until lifted), explaining why (at most 500 characters). */
public record RequestClientStopCommand(ContractId contract, DateRange period, String explanation) {}
