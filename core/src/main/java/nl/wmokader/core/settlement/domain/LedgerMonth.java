package nl.wmokader.core.settlement.domain;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One calendar month of an assignment's ledger: its approved lines in the order added, the
 * references of the debits its credits took back, and its active debits. A month holds a few
 * lines, so lookups scan.
 */
final class LedgerMonth {

  private final int index;
  private final List<ClaimLine> lines;
  private final Set<String> credited;
  private final List<ClaimLine> active;
  private final LedgerTotals totals;

  private LedgerMonth(int index, List<ClaimLine> lines, Set<String> credited, List<ClaimLine> active,
                      LedgerTotals totals) {
    this.index = index;
    this.lines = lines;
    this.credited = credited;
    this.active = active;
    this.totals = totals;
  }

  /** This month after one more approved line; a credit may come before its debit (a store's read order). */
  LedgerMonth with(ClaimLine line) {
    List<ClaimLine> all = lines.append(line);
    long count = totals.lines() + 1;
    if (line.isCredit()) {
      String taken = line.previousReference().getOrNull();
      Option<ClaimLine> debit = active.find(d -> d.reference().equals(taken));
      if (debit.isEmpty()) {
        return new LedgerMonth(index, all, taken == null ? credited : credited.add(taken), active,
            LedgerTotals.ofMonth(count, totals.activeDebits(), totals.measure()));
      }
      return new LedgerMonth(index, all, credited.add(taken), active.remove(debit.get()),
          LedgerTotals.ofMonth(count, totals.activeDebits() - 1, totals.measure() - LedgerTotals.measure(debit.get())));
    }
    if (credited.contains(line.reference())) {
      return new LedgerMonth(index, all, credited, active, LedgerTotals.ofMonth(count, totals.activeDebits(), totals.measure()));
    }
    return new LedgerMonth(index, all, credited, active.append(line),
        LedgerTotals.ofMonth(count, totals.activeDebits() + 1, totals.measure() + LedgerTotals.measure(line)));
  }

  static LedgerMonth empty(int index) {
    return new LedgerMonth(index, List.empty(), HashSet.empty(), List.empty(), LedgerTotals.ZERO);
  }

  /** A month as a number that orders months: 12 × year + month − 1. */
  static int index(LocalDate day) {
    return day.getYear() * 12 + day.getMonthValue() - 1;
  }

  static int index(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  static YearMonth yearMonth(int index) {
    return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
  }

  int index() {
    return index;
  }

  Seq<ClaimLine> lines() {
    return lines;
  }

  Seq<ClaimLine> activeDebits() {
    return active;
  }

  Option<ClaimLine> debit(String reference) {
    return lines.find(l -> !l.isCredit() && l.reference().equals(reference));
  }

  boolean isCredited(String reference) {
    return credited.contains(reference);
  }

  LedgerTotals totals() {
    return totals;
  }
}
