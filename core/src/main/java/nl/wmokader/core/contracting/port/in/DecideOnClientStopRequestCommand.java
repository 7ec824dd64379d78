package nl.wmokader.core.contracting.port.in;

import nl.wmokader.core.contracting.domain.ClientStopRequestId;
import nl.wmokader.core.contracting.domain.ContractId;

/** The region's consent to ({@code consent}) or refusal of a provider's client-stop request. */
public record DecideOnClientStopRequestCommand(ContractId contract, ClientStopRequestId request, boolean consent) {}
