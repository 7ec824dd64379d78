package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.IndexationRate;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/contracts/{contractId}/lots/{productCode}/indexations}: the first
 * day of the indexed tariff and the percentage as a decimal string ({@code "3.2"}: at most two
 * decimals, parsed exactly, never as a floating-point number).
 */
public record IndexationRequest(LocalDate from, String percentage) implements ApiRequest<IndexationRequest.Checked> {

  /** The checked body. */
  public record Checked(LocalDate from, IndexationRate rate) {}

  @Override
  public Either<DomainError, Checked> toCommand() {
    FieldChecks check = new FieldChecks();
    check.present("from", from);
    IndexationRate rate = check.valid(IndexationRate.parse("percentage", percentage));
    return check.resultFrom(() -> new Checked(from, rate));
  }
}
