package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.YearMonth;
import java.util.Objects;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentId;

/**
 * The approved lines on one assignment, from every claim so far, with a version that a store raises
 * whenever a claim approves a line on it. Validation reads the ledgers it needs once; saving the
 * answer checks that none of them moved in between, so that two concurrent claims can never both
 * spend the same assigned volume.
 *
 * <p>A line's period lies inside one calendar month, and every rule that looks at earlier lines
 * looks at those of the same month (an overlapping debit, the month's volume, the debit a credit
 * takes back, which mirrors its period) or at {@link LedgerTotals totals} over all months (the
 * assignment's volume, the number of active debits). So a ledger may hold only some months'
 * lines, with the totals of all: a store then reads what a claim's months need, whatever the
 * history. Asking a held ledger about a month it does not hold is a programming error.
 */
public final class AssignmentLedger {

  private static final int[] NO_INDEXES = {};
  private static final Object[] NO_LINES = {};

  private final AssignmentId assignment;
  private final long version;
  /**
   * The months holding lines ({@link LedgerMonth#index()}, in order) and each one's lines (a vavr
   * {@code List<ClaimLine>}): two small arrays, copied on change, rather than an object per month,
   * so that a million lines held in memory cost little more than the lines.
   */
  private final int[] indexes;
  private final Object[] lines;
  /** The indexes of the months held, in order, when not all of them are; null when the ledger is complete. */
  private final int[] held;
  private final LedgerTotals totals;

  private AssignmentLedger(AssignmentId assignment, long version, int[] indexes, Object[] lines, int[] held,
                           LedgerTotals totals) {
    this.assignment = requireNonNull(assignment, "assignment");
    this.version = version;
    this.indexes = indexes;
    this.lines = lines;
    this.held = held;
    this.totals = requireNonNull(totals, "totals");
    if (version < 0) {
      throw new IllegalArgumentException("version >= 0");
    }
  }

  /** A complete ledger: every approved line on {@code assignment}, the totals counted from them. */
  public AssignmentLedger(AssignmentId assignment, long version, Seq<ClaimLine> approved) {
    this(assignment, version, withLines(NO_INDEXES, NO_LINES, requireNonNull(approved, "approved")), null);
  }

  private AssignmentLedger(AssignmentId assignment, long version, Object[] indexesAndLines, int[] held) {
    this(assignment, version, (int[]) indexesAndLines[0], (Object[]) indexesAndLines[1], held,
        sum((int[]) indexesAndLines[0], (Object[]) indexesAndLines[1]));
  }

  private static LedgerTotals sum(int[] indexes, Object[] lines) {
    LedgerTotals sum = LedgerTotals.ZERO;
    for (int i = 0; i < indexes.length; i++) {
      sum = sum.plus(new LedgerMonth(indexes[i], linesAt(lines, i)).totals());
    }
    return sum;
  }

  @SuppressWarnings("unchecked")
  private static List<ClaimLine> linesAt(Object[] lines, int i) {
    return (List<ClaimLine>) lines[i];
  }

  /** The two arrays after {@code added}, month by month. */
  private static Object[] withLines(int[] indexes, Object[] lines, Seq<ClaimLine> added) {
    Object[] both = {indexes, lines};
    for (ClaimLine line : added) {
      LedgerMonth month = month((int[]) both[0], (Object[]) both[1], LedgerMonth.index(line.periodStart()));
      both = put((int[]) both[0], (Object[]) both[1], month.with(line));
    }
    return both;
  }

  /**
   * A ledger holding only the approved lines of {@code months} (every one of them, {@code lines}
   * none outside them) and the {@code totals} over all months, as a store reads it for one claim.
   */
  public static AssignmentLedger partial(AssignmentId assignment, long version, Set<YearMonth> months,
                                         Seq<ClaimLine> lines, LedgerTotals totals) {
    requireNonNull(months, "months");
    requireNonNull(totals, "totals");
    if (lines.exists(l -> !months.contains(l.month()))) {
      throw new IllegalArgumentException("a partial ledger holds lines of its months only");
    }
    int[] held = months.toJavaStream().mapToInt(LedgerMonth::index).sorted().toArray();
    Object[] both = withLines(NO_INDEXES, NO_LINES, lines);
    return new AssignmentLedger(assignment, version, (int[]) both[0], (Object[]) both[1], held, totals);
  }

  public static AssignmentLedger empty(AssignmentId assignment) {
    return new AssignmentLedger(assignment, 0, NO_INDEXES, NO_LINES, null, LedgerTotals.ZERO);
  }

  public AssignmentId assignment() {
    return assignment;
  }

  public long version() {
    return version;
  }

  /** The approved lines held (all of them when the ledger is complete), month by month. */
  public Seq<ClaimLine> approved() {
    List<ClaimLine> all = List.empty();
    for (int i = lines.length - 1; i >= 0; i--) {
      all = linesAt(lines, i).appendAll(all);
    }
    return all;
  }

  /** The totals over every month, held or not. */
  public LedgerTotals totals() {
    return totals;
  }

  /** Whether the ledger holds every month's lines. */
  public boolean isComplete() {
    return held == null;
  }

  private LedgerMonth month(YearMonth month) {
    return month(LedgerMonth.index(month));
  }

  /** The month with {@code index}: the hot path asks by index, which costs no {@link YearMonth}. */
  LedgerMonth month(int index) {
    if (held != null && java.util.Arrays.binarySearch(held, index) < 0) {
      throw new IllegalStateException("the ledger of " + assignment + " does not hold " + LedgerMonth.yearMonth(index));
    }
    return month(indexes, lines, index);
  }

  private static LedgerMonth month(int[] indexes, Object[] lines, int index) {
    for (int i = 0; i < indexes.length; i++) {
      if (indexes[i] == index) {
        return new LedgerMonth(index, linesAt(lines, i));
      }
    }
    return new LedgerMonth(index, List.empty());
  }

  /** The two arrays with {@code month} in its place: {indexes, lines}. */
  private static Object[] put(int[] indexes, Object[] lines, LedgerMonth month) {
    int at = 0;
    while (at < indexes.length && indexes[at] < month.index()) {
      at++;
    }
    boolean replace = at < indexes.length && indexes[at] == month.index();
    int size = indexes.length + (replace ? 0 : 1);
    int[] newIndexes = new int[size];
    Object[] newLines = new Object[size];
    int rest = indexes.length - (replace ? at + 1 : at);
    System.arraycopy(indexes, 0, newIndexes, 0, at);
    System.arraycopy(lines, 0, newLines, 0, at);
    newIndexes[at] = month.index();
    newLines[at] = month.lines();
    System.arraycopy(indexes, replace ? at + 1 : at, newIndexes, at + 1, rest);
    System.arraycopy(lines, replace ? at + 1 : at, newLines, at + 1, rest);
    return new Object[] {newIndexes, newLines};
  }

  /** The approved debit with {@code reference} in {@code month}, if any. */
  public Option<ClaimLine> approvedDebit(YearMonth month, String reference) {
    return month(month).debit(reference);
  }

  /** Whether an approved credit took back the debit with {@code reference} of {@code month}. */
  public boolean isCredited(YearMonth month, String reference) {
    return month(month).isCredited(reference);
  }

  /** Approved debits of {@code month} not credited: what counts against the assigned volume. */
  public Seq<ClaimLine> activeDebits(YearMonth month) {
    return month(month).activeDebits();
  }

  /** The measure ({@link LedgerTotals#measure(ClaimLine)}) of {@code month}'s active debits. */
  public long measure(YearMonth month) {
    return month(month).measure();
  }

  long measure(int monthIndex) {
    return month(monthIndex).measure();
  }

  /**
   * What the active debits count against an assignment's volume in {@code assignedUnit}, over
   * every month, were {@code extra} measure added to {@code month}: hours rounded per month.
   */
  public long usageWith(YearMonth month, long extra, Unit assignedUnit) {
    return usageWith(LedgerMonth.index(month), extra, assignedUnit);
  }

  long usageWith(int monthIndex, long extra, Unit assignedUnit) {
    if (assignedUnit != Unit.HOUR) {
      return totals.measure() + extra;
    }
    long before = measure(monthIndex);
    return totals.roundedHours() - LedgerTotals.roundedHours(before) + LedgerTotals.roundedHours(before + extra);
  }

  /** This ledger after one more approved line of a month it holds (the version is the store's business). */
  public AssignmentLedger with(ClaimLine line) {
    int index = LedgerMonth.index(line.periodStart());
    if (held != null && java.util.Arrays.binarySearch(held, index) < 0) {
      throw new IllegalStateException("the ledger of " + assignment + " does not hold " + LedgerMonth.yearMonth(index));
    }
    // every approved line passes here: the month's totals are counted as plain numbers, and the
    // arrays copied once, rather than through month views and totals objects
    int at = java.util.Arrays.binarySearch(indexes, index);
    List<ClaimLine> before = at >= 0 ? linesAt(lines, at) : List.empty();
    List<ClaimLine> after = before.append(line);
    int[] newIndexes = indexes;
    Object[] newLines;
    if (at >= 0) {
      newLines = lines.clone();
      newLines[at] = after;
    } else {
      int insert = -at - 1;
      newIndexes = new int[indexes.length + 1];
      newLines = new Object[lines.length + 1];
      System.arraycopy(indexes, 0, newIndexes, 0, insert);
      System.arraycopy(lines, 0, newLines, 0, insert);
      newIndexes[insert] = index;
      newLines[insert] = after;
      System.arraycopy(indexes, insert, newIndexes, insert + 1, indexes.length - insert);
      System.arraycopy(lines, insert, newLines, insert + 1, lines.length - insert);
    }
    long measureBefore = LedgerMonth.measure(before);
    long measureAfter = LedgerMonth.measure(after);
    LedgerTotals moved = new LedgerTotals(totals.lines() + 1,
        totals.activeDebits() - LedgerMonth.activeDebits(before) + LedgerMonth.activeDebits(after),
        totals.measure() - measureBefore + measureAfter,
        totals.roundedHours() - LedgerTotals.roundedHours(measureBefore) + LedgerTotals.roundedHours(measureAfter));
    return new AssignmentLedger(assignment, version, newIndexes, newLines, held, moved);
  }

  /** This ledger after {@code lines}, in order. */
  public AssignmentLedger withAll(Iterable<ClaimLine> lines) {
    AssignmentLedger ledger = this;
    for (ClaimLine line : lines) {
      ledger = ledger.with(line);
    }
    return ledger;
  }

  /** The same ledger at {@code version}: a store's answer after saving it. */
  public AssignmentLedger withVersion(long version) {
    return new AssignmentLedger(assignment, version, indexes, lines, held, totals);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssignmentLedger other
        && assignment.equals(other.assignment)
        && version == other.version
        && java.util.Arrays.equals(held, other.held)
        && approved().equals(other.approved())
        && totals.equals(other.totals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(assignment, version, approved());
  }

  @Override
  public String toString() {
    return "AssignmentLedger[" + assignment + ", version " + version + ", " + approved().size() + " lines"
        + (held == null ? "" : " of " + java.util.Arrays.stream(held).mapToObj(LedgerMonth::yearMonth).toList())
        + ", " + totals + "]";
  }
}
