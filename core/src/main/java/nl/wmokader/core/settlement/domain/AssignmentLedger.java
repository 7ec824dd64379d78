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

  private static final LedgerMonth[] NO_MONTHS = {};

  private final AssignmentId assignment;
  private final long version;
  /** The months holding lines, in order of {@link LedgerMonth#index()}: few per ledger, copied on change. */
  private final LedgerMonth[] months;
  /** The indexes of the months held, in order, when not all of them are; null when the ledger is complete. */
  private final int[] held;
  private final LedgerTotals totals;

  private AssignmentLedger(AssignmentId assignment, long version, LedgerMonth[] months, int[] held,
                           LedgerTotals totals) {
    this.assignment = requireNonNull(assignment, "assignment");
    this.version = version;
    this.months = months;
    this.held = held;
    this.totals = requireNonNull(totals, "totals");
    if (version < 0) {
      throw new IllegalArgumentException("version >= 0");
    }
  }

  /** A complete ledger: every approved line on {@code assignment}, the totals counted from them. */
  public AssignmentLedger(AssignmentId assignment, long version, Seq<ClaimLine> approved) {
    this(assignment, version, byMonth(requireNonNull(approved, "approved")), null);
  }

  private AssignmentLedger(AssignmentId assignment, long version, LedgerMonth[] months, int[] held) {
    this(assignment, version, months, held, sum(months));
  }

  private static LedgerTotals sum(LedgerMonth[] months) {
    LedgerTotals sum = LedgerTotals.ZERO;
    for (LedgerMonth month : months) {
      sum = sum.plus(month.totals());
    }
    return sum;
  }

  private static LedgerMonth[] byMonth(Seq<ClaimLine> lines) {
    LedgerMonth[] months = NO_MONTHS;
    for (ClaimLine line : lines) {
      int index = LedgerMonth.index(line.periodStart());
      months = put(months, month(months, index).with(line));
    }
    return months;
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
    return new AssignmentLedger(assignment, version, byMonth(lines), held, totals);
  }

  public static AssignmentLedger empty(AssignmentId assignment) {
    return new AssignmentLedger(assignment, 0, NO_MONTHS, null, LedgerTotals.ZERO);
  }

  public AssignmentId assignment() {
    return assignment;
  }

  public long version() {
    return version;
  }

  /** The approved lines held (all of them when the ledger is complete), month by month. */
  public Seq<ClaimLine> approved() {
    return List.of(months).flatMap(LedgerMonth::lines);
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
    return month(months, index);
  }

  private static LedgerMonth month(LedgerMonth[] months, int index) {
    for (LedgerMonth month : months) {
      if (month.index() == index) {
        return month;
      }
    }
    return LedgerMonth.empty(index);
  }

  /** {@code months} with {@code month} in its place. */
  private static LedgerMonth[] put(LedgerMonth[] months, LedgerMonth month) {
    int at = 0;
    while (at < months.length && months[at].index() < month.index()) {
      at++;
    }
    boolean replace = at < months.length && months[at].index() == month.index();
    LedgerMonth[] out = new LedgerMonth[months.length + (replace ? 0 : 1)];
    System.arraycopy(months, 0, out, 0, at);
    out[at] = month;
    System.arraycopy(months, replace ? at + 1 : at, out, at + 1, months.length - (replace ? at + 1 : at));
    return out;
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
    return month(month).totals().measure();
  }

  long measure(int monthIndex) {
    return month(monthIndex).totals().measure();
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
    LedgerMonth before = month(LedgerMonth.index(line.periodStart()));
    LedgerMonth after = before.with(line);
    return new AssignmentLedger(assignment, version, put(months, after), held,
        totals.minus(before.totals()).plus(after.totals()));
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
    return new AssignmentLedger(assignment, version, months, held, totals);
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
