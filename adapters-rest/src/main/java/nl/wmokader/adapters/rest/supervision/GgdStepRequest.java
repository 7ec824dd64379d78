package nl.wmokader.adapters.rest.supervision;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.CalamityId;
import nl.wmokader.core.supervision.port.in.GgdStep;
import nl.wmokader.core.supervision.port.in.RecordGgdStepCommand;

/**
 * The body of {@code POST /api/v1/calamities/{calamityId}/ggd-steps}: {@code START} without text,
 * {@code CONCLUDE} with the GGD's conclusion, {@code FOLLOW_UP} with how the region followed it up.
 */
public record GgdStepRequest(GgdStep step, String text) implements ApiRequest<Function<CalamityId, RecordGgdStepCommand>> {

  @Override
  public Either<DomainError, Function<CalamityId, RecordGgdStepCommand>> toCommand() {
    return RecordGgdStepCommand.read(step, text);
  }
}
