package nl.wmokader.core.settlement.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One calendar month of an assignment's ledger: its approved lines in the order added. A view made
 * when asked for: a ledger keeps only the lines (a million lines in memory must fit a small heap),
 * and a month holds a few, so everything else is counted by scanning them.
 */
final class LedgerMonth {

  private final int index;
  private final List<ClaimLine> lines;

  LedgerMonth(int index, List<ClaimLine> lines) {
    this.index = index;
    this.lines = lines;
  }

  /** This month after one more approved line; a credit may come before its debit (a store's read order). */
  LedgerMonth with(ClaimLine line) {
    return new LedgerMonth(index, lines.append(line));
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

  List<ClaimLine> lines() {
    return lines;
  }

  /** Approved debits no approved credit of this month took back. */
  Seq<ClaimLine> activeDebits() {
    return lines.filter(l -> !l.isCredit() && !isCredited(l.reference()));
  }

  /**
   * Whether an active debit of {@code product} overlaps {@code period}: one loop, nothing
   * allocated, as every debit line asks it.
   */
  boolean hasActiveDebit(Option<ProductCode> product, DateRange period) {
    for (List<ClaimLine> l = lines; !l.isEmpty(); l = l.tail()) {
      ClaimLine d = l.head();
      if (!d.isCredit() && d.product().equals(product) && d.period().overlaps(period) && !isCredited(d.reference())) {
        return true;
      }
    }
    return false;
  }

  Option<ClaimLine> debit(String reference) {
    return lines.find(l -> !l.isCredit() && l.reference().equals(reference));
  }

  boolean isCredited(String reference) {
    return isCredited(lines, reference);
  }

  // The loops below walk the list by hand: an iterator per call would be garbage on every claim line.

  private static boolean isCredited(List<ClaimLine> lines, String reference) {
    for (List<ClaimLine> l = lines; !l.isEmpty(); l = l.tail()) {
      if (l.head().isCredit() && l.head().previousReference().contains(reference)) {
        return true;
      }
    }
    return false;
  }

  /** The active debits' measure. */
  long measure() {
    return measure(lines);
  }

  static long measure(List<ClaimLine> lines) {
    long measure = 0;
    for (List<ClaimLine> l = lines; !l.isEmpty(); l = l.tail()) {
      ClaimLine line = l.head();
      if (!line.isCredit() && !isCredited(lines, line.reference())) {
        measure += LedgerTotals.measure(line);
      }
    }
    return measure;
  }

  static long activeDebits(List<ClaimLine> lines) {
    long active = 0;
    for (List<ClaimLine> l = lines; !l.isEmpty(); l = l.tail()) {
      if (!l.head().isCredit() && !isCredited(lines, l.head().reference())) {
        active++;
      }
    }
    return active;
  }

  LedgerTotals totals() {
    return LedgerTotals.ofMonth(lines.size(), activeDebits(lines), measure(lines));
  }
}
