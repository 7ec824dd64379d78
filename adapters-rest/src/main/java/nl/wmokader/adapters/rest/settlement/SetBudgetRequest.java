package nl.wmokader.adapters.rest.settlement;

import io.vavr.control.Either;
import java.util.function.BiFunction;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.settlement.port.in.SetBudgetCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The body of {@code PUT /api/v1/budgets/{municipalityCode}/{year}}: the year's budget in cents and
 * the {@code version} the change is based on (0 when none was set yet; else the version of the
 * last answer), as on the other replaceable resources.
 */
public record SetBudgetRequest(Long amountCents, Long version)
    implements ApiRequest<BiFunction<MunicipalityCode, Integer, SetBudgetCommand>> {

  @Override
  public Either<DomainError, BiFunction<MunicipalityCode, Integer, SetBudgetCommand>> toCommand() {
    return SetBudgetCommand.read(amountCents, version);
  }
}
