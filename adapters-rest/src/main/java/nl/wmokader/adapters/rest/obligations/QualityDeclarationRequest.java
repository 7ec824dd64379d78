package nl.wmokader.adapters.rest.obligations;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.obligations.port.in.DeclareQualityComplianceCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/providers/{agbCode}/quality-declarations}: the year the provider
 * declares it complied with the quality framework, and an optional statement.
 */
public record QualityDeclarationRequest(Integer year, String statement)
    implements ApiRequest<Function<AgbCode, DeclareQualityComplianceCommand>> {

  @Override
  public Either<DomainError, Function<AgbCode, DeclareQualityComplianceCommand>> toCommand() {
    return DeclareQualityComplianceCommand.read(year, statement);
  }
}
