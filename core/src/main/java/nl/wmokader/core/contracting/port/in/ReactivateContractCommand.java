package nl.wmokader.core.contracting.port.in;

import nl.wmokader.core.contracting.domain.ContractId;

/** Ends a contract's suspension. */
public record ReactivateContractCommand(ContractId contract) {}
