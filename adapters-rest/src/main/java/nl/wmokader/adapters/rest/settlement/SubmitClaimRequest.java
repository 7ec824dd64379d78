package nl.wmokader.adapters.rest.settlement;

import io.vavr.collection.Array;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/claims}: a provider's claim (iWmo 323) for {@code month}
 * ({@code YYYY-MM}) to {@code municipality}. The provider is the actor. Only JSON's types are
 * checked here (by the binder); every field's presence and format is {@link SubmitClaimCommand#read}'s
 * (answered before anything else, as for any body), its ranges and periods the use case's second
 * round, both naming fields as this JSON does.
 */
public record SubmitClaimRequest(String municipality, String month, String number, Long declaredTotalCents,
                                 List<Line> lines)
    implements ApiRequest<SubmitClaimCommand.Draft> {

  /**
   * One line (iWmo Prestatie). {@code category} and {@code unit} are iWmo codes ("02", "04"), as in
   * the iWmo message; {@code direction} is DEBIT or CREDIT; money in cents.
   */
  public record Line(String reference, String previousReference, String assignment, String client, String category,
                     String product, LocalDate periodStart, LocalDate periodEnd, Long volume, String unit,
                     Long tariffCents, Long amountCents, DebitCredit direction) {

    ClaimLineInput input() {
      return new ClaimLineInput(reference, previousReference, assignment, client, category, product, periodStart,
          periodEnd, volume, unit, tariffCents, amountCents, direction);
    }
  }

  @Override
  public Either<DomainError, SubmitClaimCommand.Draft> toCommand() {
    return SubmitClaimCommand.read(municipality, month, number, declaredTotalCents,
        lines == null ? null : Array.ofAll(lines).map(line -> line == null ? null : line.input()));
  }
}
