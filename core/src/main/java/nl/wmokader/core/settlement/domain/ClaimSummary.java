package nl.wmokader.core.settlement.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/** A claim without its lines: what lists show. Carries no personal data. */
public record ClaimSummary(ClaimId id, AgbCode provider, MunicipalityCode municipality, YearMonth month, String number,
                           LocalDate submittedOn, int lineCount, int approvedLineCount, Money submittedTotal,
                           Money approvedTotal) {}
