package nl.wmokader.core.settlement.domain;

import java.time.YearMonth;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Rejection;

/** What the personal-contribution rules cannot answer: reference data missing for a month. */
public sealed interface ContributionError extends DomainError {

  /** No contribution scheme is in force in the month. */
  record NoSchemeInForce(YearMonth month) implements ContributionError, Rejection {
    @Override
    public String message() {
      return "no contribution scheme is in force in " + month;
    }
  }

  /** The scheme in force has no rate for the month. */
  record NoRateInForce(YearMonth month) implements ContributionError, Rejection {
    @Override
    public String message() {
      return "no contribution rate is valid in " + month;
    }
  }
}
