package nl.wmokader.core.obligations.domain;

import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Rejection;

/** What the obligation rules refuse, beside malformed input (InvalidInput) and absent data (NotFound). */
public sealed interface ObligationError extends DomainError {

  /**
   * The provider had no contract in force on any day of the year: obligations come with a contract,
   * so there is nothing to record or evaluate for that year.
   */
  record NotContractedInYear(AgbCode provider, int year) implements ObligationError, Rejection {
    @Override
    public String message() {
      return "provider " + provider + " had no contract in force in " + year;
    }
  }
}
