package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * What the central municipality charges one member for a settlement month: the sums of the member's
 * {@link MemberSettlement} (its items are read there).
 *
 * @param recovered the recoveries' sum as a non-positive amount, as {@link MemberSettlement#recovered()}
 */
public record MemberCharge(MunicipalityCode member, Money debits, Money credits, Money recovered) {
  public MemberCharge {
    requireNonNull(member, "member");
    requireNonNull(debits, "debits");
    requireNonNull(credits, "credits");
    requireNonNull(recovered, "recovered");
  }

  /** The sums of a member's settlement. */
  public static MemberCharge of(MemberSettlement settlement) {
    return new MemberCharge(settlement.member(), settlement.debits(), settlement.credits(), settlement.recovered());
  }

  /** Debits minus credits minus recoveries: what the member is charged. */
  public Money total() {
    return debits.minus(credits).plus(recovered);
  }
}
