package nl.wmokader.adapters.rest.contracting;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ClaimMomentKind;
import nl.wmokader.core.contracting.domain.ClaimMoments;
import nl.wmokader.core.contracting.domain.ClaimPeriod;
import nl.wmokader.core.contracting.port.in.ClaimMomentsInput;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.FieldError;

/**
 * The body of {@code PUT /api/v1/contracts/{contractId}/lots/{productCode}/claim-moments}: a day the
 * lot covers ({@code date}: which lot of the product), the kind, and the period ({@code PER_PERIOD})
 * or the milestones ({@code PER_MILESTONE}).
 */
public record ClaimMomentsRequest(LocalDate date, ClaimMomentKind kind, ClaimPeriod period, java.util.List<String> milestones)
    implements ApiRequest<ClaimMomentsRequest.Checked> {

  /** The checked body. */
  public record Checked(LocalDate date, ClaimMomentsInput moments) {}

  @Override
  public Either<DomainError, Checked> toCommand() {
    FieldChecks check = new FieldChecks();
    check.present("date", date);
    List<String> names = milestones == null ? List.empty() : List.ofAll(milestones);
    for (FieldError e : ClaimMoments.errors("", kind, period, names)) {
      check.add(e.field(), e.code(), e.message());
    }
    return check.resultFrom(() -> new Checked(date, new ClaimMomentsInput(kind, period, names)));
  }
}
