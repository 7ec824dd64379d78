package nl.wmokader.core.contracting.port.in;

import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ContractId;

/** Suspends an active contract from today, for {@code reason}. */
public record SuspendContractCommand(ContractId contract, ClientStopReason reason) {}
