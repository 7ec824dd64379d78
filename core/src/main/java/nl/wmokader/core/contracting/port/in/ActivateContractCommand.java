package nl.wmokader.core.contracting.port.in;

import nl.wmokader.core.contracting.domain.ContractId;

/** Puts an admitted contract in force. */
public record ActivateContractCommand(ContractId contract) {}
