package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Either;
import java.time.YearMonth;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/** Take back {@code amountCents} (> 0) paid unduly to {@code provider}, in {@code member}'s settlement of {@code month}. */
public record RegisterRecoveryCommand(AgbCode provider, MunicipalityCode member, YearMonth month, Long amountCents,
                                      String reason, String reference) {

  /** The command from raw values ({@code month} as {@code YYYY-MM}), or every missing or malformed field. */
  public static Either<DomainError, RegisterRecoveryCommand> read(String provider, String municipality, String month,
      Long amountCents, String reason, String reference) {
    FieldChecks check = new FieldChecks();
    AgbCode agb = check.valid(AgbCode.validate("provider", provider));
    MunicipalityCode member = check.valid(MunicipalityCode.validate("municipality", municipality));
    YearMonth recoveryMonth = check.month("month", month);
    check.present("amountCents", amountCents);
    check.presentText("reason", reason);
    check.presentText("reference", reference);
    return check.resultFrom(() -> new RegisterRecoveryCommand(agb, member, recoveryMonth, amountCents, reason, reference));
  }
}
