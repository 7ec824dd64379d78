package nl.wmokader.examples.bench;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.YearMonth;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A claim of the benchmarks as a provider's software sends it: its lines' identifiers and codes as
 * text. The project reads it as an adapter does ({@link #draft}) as part of the work measured; the
 * floor reads the same text.
 */
record RawClaim(AgbCode provider, MunicipalityCode municipality, YearMonth month, String number,
                Seq<ClaimLineInput> lines) {

  /** The claim read as every adapter reads it: its first round, the second is the use case's. */
  Either<DomainError, SubmitClaimCommand.Draft> draft() {
    return SubmitClaimCommand.read(municipality.value(), month.toString(), number, null, lines);
  }
}
