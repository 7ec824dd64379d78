package nl.wmokader.adapters.rest.supervision;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.port.in.SelectProactiveCommand;

/** The body of {@code POST /api/v1/proactive-selections}: the board's recorded {@code seed}, as of {@code asOf} (today when absent). */
public record SelectProactiveRequest(LocalDate asOf, Long seed) implements ApiRequest<SelectProactiveCommand> {

  @Override
  public Either<DomainError, SelectProactiveCommand> toCommand() {
    return SelectProactiveCommand.read(asOf, seed);
  }
}
