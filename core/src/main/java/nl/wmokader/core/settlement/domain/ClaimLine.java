package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;

/**
 * One line of a claim (iWmo 323 Prestatie): what a provider delivered to one client on one
 * assignment in a period inside one calendar month, and what it asks for it (a debit) or takes back
 * (a credit, naming the debit's reference as {@code previousReference}).
 *
 * <p>The constructor holds the shape every stored line has (a closed period inside one month,
 * positive volume, non-negative money); whether the line is owed is {@link ClaimValidator}'s
 * question.
 *
 * @param reference ReferentieNummer: unique per provider, over all its claims
 * @param previousReference VorigReferentieNummer: for a credit, the debit it takes back
 * @param client personal data: never logged
 * @param product the product code; a 323 always has one, and every line read from a message does
 *     ({@code SubmitClaimCommand.read}); absent only on a line an embedder made itself or one stored
 *     before that was required
 * @param volume GeleverdVolume in {@code unit}; for {@link Unit#EUROS} an amount in cents
 * @param tariff ProductTarief per unit
 * @param amount IngediendBedrag, never negative; {@code direction} gives its sign
 */
public record ClaimLine(String reference, Option<String> previousReference, AssignmentId assignment, Bsn client,
                        ProductCategory category, Option<ProductCode> product, DateRange period, long volume,
                        Unit unit, Money tariff, Money amount, DebitCredit direction) {

  /** iWmo's LDT_ReferentieNummer: at most 20 characters. */
  public static final int MAX_REFERENCE_LENGTH = 20;
  /** iWmo's volume and amounts have at most 8 digits: with these bounds volume × tariff never overflows. */
  public static final long MAX_VOLUME = 99_999_999L;
  public static final long MAX_CENTS = 99_999_999L;

  public ClaimLine {
    requireNonNull(reference, "reference");
    requireNonNull(previousReference, "previousReference");
    requireNonNull(assignment, "assignment");
    requireNonNull(client, "client");
    requireNonNull(category, "category");
    requireNonNull(product, "product");
    requireNonNull(period, "period");
    requireNonNull(unit, "unit");
    requireNonNull(tariff, "tariff");
    requireNonNull(amount, "amount");
    requireNonNull(direction, "direction");
    require(!reference.isBlank() && reference.length() <= MAX_REFERENCE_LENGTH, "a reference has 1 to " + MAX_REFERENCE_LENGTH + " characters");
    require(period.end().isDefined(), "a line's period is closed");
    require(sameMonth(period.start(), period.end().get()), "a line's period lies inside one month");
    require(volume > 0 && volume <= MAX_VOLUME, "a volume is 1 to 99,999,999");
    require(!tariff.isNegative() && tariff.cents() <= MAX_CENTS, "a tariff is 0 to 99,999,999 cents");
    require(!amount.isNegative() && amount.cents() <= MAX_CENTS, "an amount is 0 to 99,999,999 cents");
    require(direction == DebitCredit.CREDIT || previousReference.isEmpty(), "only a credit names a previous reference");
  }

  private static void require(boolean invariant, String message) {
    if (!invariant) {
      throw new IllegalArgumentException(message);
    }
  }

  public LocalDate periodStart() {
    return period.start();
  }

  public LocalDate periodEnd() {
    return period.end().get();
  }

  /** The calendar month the period lies in. */
  public YearMonth month() {
    return YearMonth.of(period.start().getYear(), period.start().getMonthValue());
  }

  /** Whether {@code a} and {@code b} lie in one calendar month (without YearMonth.from's temporal look-ups: the hot path asks per line). */
  public static boolean sameMonth(LocalDate a, LocalDate b) {
    return a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue();
  }

  public boolean isCredit() {
    return direction == DebitCredit.CREDIT;
  }

  /** The amount with its sign: negative for a credit. */
  public Money signedAmount() {
    return isCredit() ? amount.negate() : amount;
  }
}
