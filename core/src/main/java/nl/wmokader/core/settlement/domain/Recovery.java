package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * An amount paid unduly to a provider that one member municipality takes back (terugvordering),
 * typically the outcome of a lawfulness investigation. It appears as a negative item in the
 * member's settlement of {@code month} and is set off against the provider's payment that month.
 *
 * @param amount positive: the item is its negation
 * @param reference the caller's own identifier (e.g. the investigation's): registering it twice is refused
 */
public record Recovery(RecoveryId id, AgbCode provider, MunicipalityCode member, YearMonth month, Money amount,
                       String reason, String reference, LocalDate registeredOn) {
  public static final int MAX_REASON_LENGTH = 500;
  public static final int MAX_REFERENCE_LENGTH = 100;

  public Recovery {
    requireNonNull(id, "id");
    requireNonNull(provider, "provider");
    requireNonNull(member, "member");
    requireNonNull(month, "month");
    requireNonNull(amount, "amount");
    requireNonNull(reason, "reason");
    requireNonNull(reference, "reference");
    requireNonNull(registeredOn, "registeredOn");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a recovery amount is positive");
    }
    if (reason.isBlank() || reason.length() > MAX_REASON_LENGTH || reference.isBlank() || reference.length() > MAX_REFERENCE_LENGTH) {
      throw new IllegalArgumentException("a recovery has a reason and a reference");
    }
  }
}
