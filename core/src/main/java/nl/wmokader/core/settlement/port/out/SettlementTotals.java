package nl.wmokader.core.settlement.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.YearMonth;
import java.util.Comparator;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.domain.SettlementSum;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The read side of the claim store: the totals kept per claim as claims are saved, read without
 * their lines, for settlement, the central payment, cost allocation, turnover and the question
 * whether an assignment carries approved claims. What reads only these depends on this port, not on
 * the store of claims ({@link ClaimRepository}, which extends it: one store answers both).
 */
public interface SettlementTotals {

  /** The order of {@link #settlementTotals}: month, member, provider, category (iWmo code), product code (none first). */
  Comparator<SettlementTotal> TOTALS_ORDER = Comparator.comparing(SettlementTotal::month)
      .thenComparing(t -> t.member().value())
      .thenComparing(t -> t.provider().value())
      .thenComparing(t -> t.category().code())
      .thenComparing(t -> t.product().map(p -> p.value()).getOrElse(""));

  /** Whether any line on {@code assignment} was approved (a credit does not undo this). */
  boolean hasApprovedLines(AssignmentId assignment);

  /**
   * {@code provider}'s turnover in {@code year}: approved debits minus approved credits of lines
   * whose period lies in that year [DOMAIN §6].
   */
  Money turnover(AgbCode provider, int year);

  /**
   * Approved totals of the claims answered (submitted) in months {@code from..until}, charged to
   * {@code member} (or to every member), one per month, member, provider, category and product,
   * in {@link #TOTALS_ORDER}.
   */
  Seq<SettlementTotal> settlementTotals(Option<MunicipalityCode> member, YearMonth from, YearMonth until);

  /**
   * The approved sums of the claims answered in {@code month}, one per member and provider (the
   * {@link #settlementTotals} of that month added up over categories and products), in member
   * then provider code order: what the central payment reads, however many products there are.
   */
  Seq<SettlementSum> settlementSums(YearMonth month);
}
