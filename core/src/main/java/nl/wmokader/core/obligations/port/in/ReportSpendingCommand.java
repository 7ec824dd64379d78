package nl.wmokader.core.obligations.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.obligations.domain.SpendingReport;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;

/**
 * A provider's spending on one percentage obligation in a year: the amount (not negative) and what
 * it was spent on (at most 500 characters). It replaces an earlier report for the same year and kind.
 * Made from raw values by {@link #read}; {@link #validated} is the second round the use case applies
 * after access.
 */
public record ReportSpendingCommand(AgbCode provider, int year, SpendingKind kind, Money amount, Option<String> description) {

  /** The command on the provider the caller names (REST: in the path), or every missing field and a negative amount. */
  public static Either<DomainError, Function<AgbCode, ReportSpendingCommand>> read(Integer year, SpendingKind kind,
                                                                                   Long amountCents,
                                                                                   String description) {
    FieldChecks check = new FieldChecks();
    check.present("year", year);
    check.present("kind", kind);
    if (check.present("amountCents", amountCents) != null && amountCents < 0) {
      check.add("amountCents", "negative", "must be 0 or more");
    }
    return check.resultFrom(() -> agb -> new ReportSpendingCommand(agb, year, kind, Money.ofCents(amountCents),
        Option.of(description)));
  }

  /**
   * This command when every field is there, the year has begun by {@code today} (the use case's,
   * from its clock), the amount is not negative and the description fits; else every field that
   * does not hold.
   */
  public Either<DomainError, ReportSpendingCommand> validated(LocalDate today) {
    FieldChecks checks = new FieldChecks();
    checks.required("provider", provider);
    Checks.pastOrCurrentYear(checks, year, today);
    checks.required("kind", kind);
    if (checks.required("amount", amount)) {
      checks.check(!amount.isNegative(), "amount", "negative", "must be 0 or more");
    }
    Checks.text(checks, "description", description, SpendingReport.MAX_DESCRIPTION_LENGTH);
    return checks.result(this);
  }
}
