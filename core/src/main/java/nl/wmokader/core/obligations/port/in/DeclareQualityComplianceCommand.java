package nl.wmokader.core.obligations.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.obligations.domain.QualityDeclaration;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * A provider's declaration that it complied with the quality framework in {@code year}, with an
 * optional statement. Made from raw values by {@link #read}; {@link #validated} is the second round
 * the use case applies after access.
 */
public record DeclareQualityComplianceCommand(AgbCode provider, int year, Option<String> statement) {

  /** The command on the provider the caller names (REST: in the path), or {@code year} required. */
  public static Either<DomainError, Function<AgbCode, DeclareQualityComplianceCommand>> read(Integer year,
                                                                                             String statement) {
    FieldChecks check = new FieldChecks();
    check.present("year", year);
    return check.resultFrom(() -> agb -> new DeclareQualityComplianceCommand(agb, year, Option.of(statement)));
  }

  /**
   * This command when it names a provider, the year has begun by {@code today} (the use case's,
   * from its clock) and the statement fits; else every field that does not hold.
   */
  public Either<DomainError, DeclareQualityComplianceCommand> validated(LocalDate today) {
    FieldChecks checks = new FieldChecks();
    checks.required("provider", provider);
    Checks.pastOrCurrentYear(checks, year, today);
    Checks.text(checks, "statement", statement, QualityDeclaration.MAX_STATEMENT_LENGTH);
    return checks.result(this);
  }
}
