package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ConditionCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.Evidence;
import nl.wmokader.core.contracting.port.in.SubmitEvidenceCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/contracts/{contractId}/evidence}: the condition met, a reference
 * to the document, its first valid day and its expiry date (the last valid day; absent: does not expire).
 */
public record EvidenceRequest(String condition, String reference, LocalDate validFrom, LocalDate expiresOn)
    implements ApiRequest<Function<ContractId, SubmitEvidenceCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, SubmitEvidenceCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    ConditionCode code = check.valid(ConditionCode.validate("condition", condition));
    if (check.presentText("reference", reference) != null && reference.strip().length() > Evidence.MAX_REFERENCE_LENGTH) {
      check.add("reference", "too_long", "must be at most " + Evidence.MAX_REFERENCE_LENGTH + " characters");
    }
    check.present("validFrom", validFrom);
    if (validFrom != null && expiresOn != null && expiresOn.isBefore(validFrom)) {
      check.add("expiresOn", "before_valid_from", "must not lie before validFrom: evidence cannot expire before it starts");
    }
    return check.resultFrom(() -> id -> new SubmitEvidenceCommand(id, code, reference, validFrom, Option.of(expiresOn)));
  }
}
