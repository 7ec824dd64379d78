package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.ClientStopRequest;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * A provider asks for a client stop during {@code period} (open-ended: until lifted), explaining why
 * (at most 500 characters). Made from raw values by {@link #read} and {@link #forContract}; {@link #validated}
 * is the second round the use case applies after access.
 */
public record RequestClientStopCommand(ContractId contract, DateRange period, String explanation) {

  /**
   * The command from raw values, for the contract {@link #forContract} names: the stop's first day, its last
   * day (absent: until lifted) and why the provider asks for it; or every missing or malformed field.
   */
  public static Either<DomainError, RequestClientStopCommand> read(LocalDate from, LocalDate until,
                                                                   String explanation) {
    FieldChecks check = new FieldChecks();
    DateRange period = check.valid(DateRange.validate("from", from, "until", Option.of(until)));
    if (check.presentText("explanation", explanation) != null
        && explanation.strip().length() > ClientStopRequest.MAX_EXPLANATION_LENGTH) {
      check.add("explanation", "too_long", "must be at most " + ClientStopRequest.MAX_EXPLANATION_LENGTH + " characters");
    }
    return check.resultFrom(() -> new RequestClientStopCommand(null, period, explanation));
  }

  /** This command for {@code contract}: a caller names it apart from the request (REST: in the path). */
  public RequestClientStopCommand forContract(ContractId contract) {
    return new RequestClientStopCommand(contract, period, explanation);
  }

  /** This command when it names the contract and the period and explains itself in at most 500 characters. */
  public Either<DomainError, RequestClientStopCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    checks.required("period", period);
    if (checks.requiredText("explanation", explanation)) {
      checks.check(explanation.strip().length() <= ClientStopRequest.MAX_EXPLANATION_LENGTH, "explanation",
          "too_long", "must be at most " + ClientStopRequest.MAX_EXPLANATION_LENGTH + " characters");
    }
    return checks.result(this);
  }
}
