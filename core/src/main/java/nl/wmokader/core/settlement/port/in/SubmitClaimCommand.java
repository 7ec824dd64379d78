package nl.wmokader.core.settlement.port.in;

import io.vavr.collection.Seq;
import java.time.YearMonth;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A provider's claim for {@code month} to {@code municipality} (iWmo 323). {@code declaredTotalCents}
 * (TotaalIngediendBedrag, debits minus credits) is checked against the lines when given.
 */
public record SubmitClaimCommand(AgbCode provider, MunicipalityCode municipality, YearMonth month, String number,
                                 Long declaredTotalCents, Seq<ClaimLineInput> lines) {}
