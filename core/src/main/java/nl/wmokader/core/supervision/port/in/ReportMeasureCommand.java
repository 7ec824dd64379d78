package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.BiFunction;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.InvestigationId;

/**
 * The provider reported the formal measure at {@code index} of the investigation's outcomes on
 * {@code reportedOn}: when the provider reports it itself, today unless given; when the region or
 * a supervisor records the provider's report, the day the provider reported it (required). It does
 * not lie in the future. Made from raw values by {@link #read}; what {@code reportedOn} must be
 * depends on the actor and the clock, so the use case checks it.
 */
public record ReportMeasureCommand(InvestigationId investigation, Integer index, LocalDate reportedOn) {

  /** The command on the measure the caller names (REST: in the path); every field of its own may be absent. */
  public static Either<DomainError, BiFunction<InvestigationId, Integer, ReportMeasureCommand>> read(
      LocalDate reportedOn) {
    return Either.right((id, index) -> new ReportMeasureCommand(id, index, reportedOn));
  }
}
