package nl.wmokader.adapters.rest.settlement;

import io.vavr.control.Either;
import java.time.YearMonth;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

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
    FieldChecks check = new FieldChecks();
    AgbCode agb = check.valid(AgbCode.validate("provider", provider));
    MunicipalityCode member = check.valid(MunicipalityCode.validate("municipality", municipality));
    YearMonth recoveryMonth = SettlementParams.month(check, "month", month);
    check.present("amountCents", amountCents);
    check.presentText("reason", reason);
    check.presentText("reference", reference);
    return check.resultFrom(() -> new RegisterRecoveryCommand(agb, member, recoveryMonth, amountCents, reason, reference));
  }
}
