package nl.wmokader.core.settlement.port.in;

import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.shared.Bsn;

/**
 * One submitted line, as untrusted input: any field may be {@code null}; {@link SubmitClaimUseCase}
 * reports every problem at once. Amounts and tariffs in cents.
 */
public record ClaimLineInput(String reference, String previousReference, AssignmentId assignment, Bsn client,
                             ProductCategory category, ProductCode product, LocalDate periodStart,
                             LocalDate periodEnd, Long volume, Unit unit, Long tariffCents, Long amountCents,
                             DebitCredit direction) {}
