package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;

/**
 * The personal contribution of households over a period: per household and month, asks the scheme
 * in force for its one charge. At most one charge per household per month holds by construction.
 */
public final class ContributionCalculator {

  /** The longest period one statement covers, to keep untrusted requests bounded. */
  public static final int MAX_MONTHS = 120;

  private final ContributionSchedule schedule;

  public ContributionCalculator(ContributionSchedule schedule) {
    this.schedule = requireNonNull(schedule, "schedule");
  }

  /**
   * The charges of every household in each month {@code from}..{@code until}. Left:
   * {@link InvalidInput} (missing bounds, until before from, more than {@link #MAX_MONTHS} months,
   * duplicate households; all at once), {@link ContributionError.NoSchemeInForce} or
   * {@link ContributionError.NoRateInForce} for the first month the reference data does not cover.
   */
  public Either<DomainError, ContributionStatement> charges(Seq<Household> households, YearMonth from, YearMonth until) {
    List<FieldError> errors = List.empty();
    if (from == null) {
      errors = errors.append(new FieldError("from", "required", "is required"));
    }
    if (until == null) {
      errors = errors.append(new FieldError("until", "required", "is required"));
    }
    if (from != null && until != null) {
      if (until.isBefore(from)) {
        errors = errors.append(new FieldError("until", "before_start", "must not lie before from"));
      } else if (ChronoUnit.MONTHS.between(from, until) >= MAX_MONTHS) {
        errors = errors.append(new FieldError("until", "too_long", "at most " + MAX_MONTHS + " months"));
      }
    }
    if (households == null) {
      errors = errors.append(new FieldError("households", "required", "is required"));
    } else if (households.map(Household::id).distinct().size() != households.size()) {
      errors = errors.append(new FieldError("households", "duplicate", "a household occurs more than once"));
    }
    if (!errors.isEmpty()) {
      return Either.left(new InvalidInput(errors));
    }
    long months = ChronoUnit.MONTHS.between(from, until) + 1;
    List<ContributionCharge> charges = List.empty();
    for (Household household : households) {
      for (long i = 0; i < months; i++) {
        YearMonth month = from.plusMonths(i);
        var scheme = schedule.schemeIn(month);
        if (scheme.isEmpty()) {
          return Either.left(new ContributionError.NoSchemeInForce(month));
        }
        var charge = scheme.get().chargeFor(household, month);
        if (charge.isLeft()) {
          return Either.left(charge.getLeft());
        }
        if (charge.get().isDefined()) {
          charges = charges.append(new ContributionCharge(household.id(), month, charge.get().get(), scheme.get().name()));
        }
      }
    }
    return Either.right(new ContributionStatement(from, until, charges));
  }
}
