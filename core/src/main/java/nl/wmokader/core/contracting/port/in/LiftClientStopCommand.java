package nl.wmokader.core.contracting.port.in;

import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.ContractId;

/** Lifts a contract's client stop from {@code from} on: the first day new assignments are allowed again. */
public record LiftClientStopCommand(ContractId contract, LocalDate from) {}
