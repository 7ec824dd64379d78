package nl.wmokader.core.contracting.port.in;

import nl.wmokader.core.contracting.domain.ContractId;

/** Admits an application today. */
public record AdmitApplicationCommand(ContractId contract) {}
