package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.ConditionCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.Evidence;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Evidence for one condition of a contract's checklist: a reference to the document (at most 200
 * characters), its first valid day and its expiry date (the last valid day; none: does not expire).
 * Made from raw values by {@link #read} and {@link #forContract}; {@link #validated} is the second round the
 * use case applies after access.
 */
public record SubmitEvidenceCommand(ContractId contract, ConditionCode condition, String reference,
    LocalDate validFrom, Option<LocalDate> expiresOn) {

  /**
   * The command from raw values, for the contract {@link #forContract} names: the condition met, the
   * reference, the first valid day and the expiry date (absent: does not expire); or every missing or
   * malformed field.
   */
  public static Either<DomainError, SubmitEvidenceCommand> read(String condition, String reference,
                                                                LocalDate validFrom, LocalDate expiresOn) {
    FieldChecks check = new FieldChecks();
    ConditionCode code = check.valid(ConditionCode.validate("condition", condition));
    if (check.presentText("reference", reference) != null && reference.strip().length() > Evidence.MAX_REFERENCE_LENGTH) {
      check.add("reference", "too_long", "must be at most " + Evidence.MAX_REFERENCE_LENGTH + " characters");
    }
    check.present("validFrom", validFrom);
    if (validFrom != null && expiresOn != null && expiresOn.isBefore(validFrom)) {
      check.add("expiresOn", "before_valid_from", "must not lie before validFrom: evidence cannot expire before it starts");
    }
    return check.resultFrom(() -> new SubmitEvidenceCommand(null, code, reference, validFrom, Option.of(expiresOn)));
  }

  /** This command for {@code contract}: a caller names it apart from the evidence (REST: in the path). */
  public SubmitEvidenceCommand forContract(ContractId contract) {
    return new SubmitEvidenceCommand(contract, condition, reference, validFrom, expiresOn);
  }

  /**
   * This command when every field is present ({@code expiresOn} none: does not expire), the reference
   * at most 200 characters and the expiry not before the first valid day.
   */
  public Either<DomainError, SubmitEvidenceCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    checks.required("condition", condition);
    if (checks.requiredText("reference", reference)) {
      checks.check(reference.strip().length() <= Evidence.MAX_REFERENCE_LENGTH, "reference", "too_long",
          "must be at most " + Evidence.MAX_REFERENCE_LENGTH + " characters");
    }
    checks.required("validFrom", validFrom);
    checks.required("expiresOn", expiresOn, "is required (none: does not expire)");
    if (validFrom != null && expiresOn != null) {
      checks.check(!expiresOn.exists(e -> e.isBefore(validFrom)), "expiresOn", "before_valid_from",
          "must not lie before validFrom: evidence cannot expire before it starts");
    }
    return checks.result(this);
  }
}
