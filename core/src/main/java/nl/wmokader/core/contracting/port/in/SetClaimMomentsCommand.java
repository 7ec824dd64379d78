package nl.wmokader.core.contracting.port.in;

import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ContractId;

/** Agrees the claim moments of the lot of {@code product} that covers {@code on}. */
public record SetClaimMomentsCommand(ContractId contract, ProductCode product, LocalDate on, ClaimMomentsInput moments) {}
