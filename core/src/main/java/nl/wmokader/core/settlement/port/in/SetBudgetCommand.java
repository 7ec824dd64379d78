package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Either;
import java.util.function.BiFunction;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/** Sets {@code member}'s budget for {@code year}; {@code expectedVersion} is the version read (0: none yet). */
public record SetBudgetCommand(MunicipalityCode member, Integer year, Long amountCents, Long expectedVersion) {

  /**
   * The command from raw values for the member and year an adapter names elsewhere (a URL path), or
   * every missing field.
   */
  public static Either<DomainError, BiFunction<MunicipalityCode, Integer, SetBudgetCommand>> read(Long amountCents,
      Long version) {
    FieldChecks check = new FieldChecks();
    check.present("amountCents", amountCents);
    check.present("version", version);
    return check.resultFrom(() -> (member, year) -> new SetBudgetCommand(member, year, amountCents, version));
  }
}
