package nl.wmokader.core.settlement.port.in;

import java.time.LocalDate;
import nl.wmokader.core.settlement.domain.DebitCredit;

/**
 * One submitted line as it arrives (iWmo 323 Prestatie), untrusted: any field may be {@code null}
 * or malformed; {@link SubmitClaimCommand#of} checks it. Identifiers and codes are text as the
 * messages carry them ({@code category} and {@code unit} are iWmo codes such as "02" and "04",
 * {@code assignment} the assignment's UUID or its iWmo number (ToewijzingNummer, 1 to 9 digits, of
 * the claim's municipality), {@code client} a BSN, {@code product} required as in the 323);
 * amounts and tariffs in cents.
 */
public record ClaimLineInput(String reference, String previousReference, String assignment, String client,
                             String category, String product, LocalDate periodStart, LocalDate periodEnd,
                             Long volume, String unit, Long tariffCents, Long amountCents, DebitCredit direction) {}
