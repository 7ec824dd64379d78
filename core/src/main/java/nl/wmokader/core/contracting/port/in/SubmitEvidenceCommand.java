package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.ConditionCode;
import nl.wmokader.core.contracting.domain.ContractId;

/**
 * Evidence for one condition of a contract's checklist: a reference to the document (at most 200
 * characters), its first valid day and its expiry date (the last valid day; none: does not expire).
 */
public record SubmitEvidenceCommand(ContractId contract, ConditionCode condition, String reference,
    LocalDate validFrom, Option<LocalDate> expiresOn) {}
