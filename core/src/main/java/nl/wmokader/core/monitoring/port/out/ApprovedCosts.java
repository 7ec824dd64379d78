package nl.wmokader.core.monitoring.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Settlement's approved totals per settlement month, member, provider, category and product, as
 * settlement's store maintains them while it saves claims: monitoring owns this port because it may
 * not reach into settlement's driven ports, and the composition answers it with the store's own
 * {@code SettlementTotals.settlementTotals} (the same query, the same rows, no second copy).
 */
@FunctionalInterface
public interface ApprovedCosts {

  /** The totals of the claims answered in {@code from..until}, of {@code member} (or every member). */
  Seq<SettlementTotal> settlementTotals(Option<MunicipalityCode> member, YearMonth from, YearMonth until);
}
