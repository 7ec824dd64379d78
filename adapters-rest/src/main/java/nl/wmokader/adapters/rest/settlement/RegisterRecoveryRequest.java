package nl.wmokader.adapters.rest.settlement;

import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/recoveries}: take back {@code amountCents} paid unduly to
 * {@code provider} in {@code municipality}'s settlement of {@code month} ({@code YYYY-MM}, the
 * current month or later); {@code reference} is the caller's own identifier (e.g. the
 * investigation's), which makes registering idempotent.
 */
public record RegisterRecoveryRequest(String provider, String municipality, String month, Long amountCents,
                                      String reason, String reference)
    implements ApiRequest<RegisterRecoveryCommand> {

  @Override
  public Either<DomainError, RegisterRecoveryCommand> toCommand() {
    return RegisterRecoveryCommand.read(provider, municipality, month, amountCents, reason, reference);
  }
}
