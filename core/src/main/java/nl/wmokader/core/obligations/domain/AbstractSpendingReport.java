package nl.wmokader.core.obligations.domain;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainStyle;
import nl.wmokader.core.shared.Money;
import org.immutables.value.Value;

/**
 * What a provider reports to have spent in a year on one percentage obligation (transformation or
 * social return). One per provider, year and kind: a new report for them replaces the earlier one.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractSpendingReport {

  /** The longest description stored. */
  public static final int MAX_DESCRIPTION_LENGTH = 500;

  public abstract AgbCode provider();

  public abstract int year();

  public abstract SpendingKind kind();

  /** The amount spent, never negative. */
  public abstract Money amount();

  /** What the money was spent on, in words. */
  @Value.Default
  public Option<String> description() {
    return Option.none();
  }

  /** The day of the (latest) report. */
  public abstract LocalDate reportedOn();

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    if (amount().isNegative()) {
      throw new IllegalStateException("spending is not negative");
    }
    if (!ObligationTerms.inRange(year())) {
      throw new IllegalStateException("a spending report is about a year from " + ObligationTerms.FIRST_YEAR);
    }
    if (description().exists(d -> d.isBlank() || d.length() > MAX_DESCRIPTION_LENGTH)) {
      throw new IllegalStateException("a description has text of at most " + MAX_DESCRIPTION_LENGTH + " characters");
    }
  }
}
