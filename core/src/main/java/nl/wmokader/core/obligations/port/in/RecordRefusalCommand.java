package nl.wmokader.core.obligations.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.obligations.domain.ObligationTerms;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.obligations.domain.RefusalReason;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * A refusal to record: the provider, the day it refused, the reason, and an explanation in words
 * (required for {@link RefusalReason#OTHER}; at most 500 characters; never personal data). Made
 * from raw values by {@link #read}; {@link #validated} is the second round the use case applies
 * after access.
 */
public record RecordRefusalCommand(AgbCode provider, LocalDate refusedOn, RefusalReason reason, Option<String> explanation) {

  /** The command on the provider the caller names (REST: in the path), or every missing field. */
  public static Either<DomainError, Function<AgbCode, RecordRefusalCommand>> read(LocalDate refusedOn,
                                                                                  RefusalReason reason,
                                                                                  String explanation) {
    FieldChecks check = new FieldChecks();
    check.present("refusedOn", refusedOn);
    check.present("reason", reason);
    return check.resultFrom(() -> agb -> new RecordRefusalCommand(agb, refusedOn, reason, Option.of(explanation)));
  }

  /**
   * This command when every field is there, the refusal lies from {@link ObligationTerms#FIRST_YEAR}
   * up to {@code today} (the use case's, from its clock) and the explanation is given for
   * {@link RefusalReason#OTHER} and fits; else every field that does not hold.
   */
  public Either<DomainError, RecordRefusalCommand> validated(LocalDate today) {
    FieldChecks checks = new FieldChecks();
    checks.required("provider", provider);
    if (checks.required("refusedOn", refusedOn)) {
      checks.check(refusedOn.getYear() >= ObligationTerms.FIRST_YEAR, "refusedOn", "out_of_range",
          "must lie in " + ObligationTerms.FIRST_YEAR + " or later");
      checks.check(!refusedOn.isAfter(today), "refusedOn", "in_the_future", "must not lie after today");
    }
    checks.required("reason", reason);
    boolean explained = explanation != null && explanation.isDefined();
    if (reason == RefusalReason.OTHER && !explained) {
      checks.add("explanation", "required", "is required when the reason is OTHER");
    }
    Checks.text(checks, "explanation", explanation, Refusal.MAX_EXPLANATION_LENGTH);
    return checks.result(this);
  }
}
