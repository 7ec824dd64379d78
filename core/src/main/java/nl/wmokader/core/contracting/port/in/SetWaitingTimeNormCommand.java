package nl.wmokader.core.contracting.port.in;

import nl.wmokader.core.contracting.domain.ContractId;

/** The contract's waiting-time norm: at most {@code maxDays} (1..365) from assignment to start of delivery. */
public record SetWaitingTimeNormCommand(ContractId contract, Integer maxDays) {}
