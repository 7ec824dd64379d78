package nl.wmokader.core.contracting.port.in;

import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.ContractId;

/** Terminates a contract from {@code from}: the first day it no longer holds. */
public record TerminateContractCommand(ContractId contract, LocalDate from) {}
