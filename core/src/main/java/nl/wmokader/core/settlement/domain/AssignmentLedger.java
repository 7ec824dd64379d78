package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
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

  private final AssignmentId assignment;
  private final long version;
  private final SortedMap<YearMonth, LedgerMonth> months;
  /** The months held when not all of them are; none when the ledger is complete. */
  private final Option<Set<YearMonth>> held;
  private final LedgerTotals totals;

  private AssignmentLedger(AssignmentId assignment, long version, SortedMap<YearMonth, LedgerMonth> months,
                           Option<Set<YearMonth>> held, LedgerTotals totals) {
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
    this(assignment, version, byMonth(requireNonNull(approved, "approved")), Option.none());
  }

  private AssignmentLedger(AssignmentId assignment, long version, SortedMap<YearMonth, LedgerMonth> months,
                           Option<Set<YearMonth>> held) {
    this(assignment, version, months, held,
        months.values().foldLeft(LedgerTotals.ZERO, (t, m) -> t.plus(m.totals())));
  }

  private static SortedMap<YearMonth, LedgerMonth> byMonth(Seq<ClaimLine> lines) {
    SortedMap<YearMonth, LedgerMonth> months = TreeMap.empty();
    for (ClaimLine line : lines) {
      months = months.put(line.month(), months.get(line.month()).getOrElse(LedgerMonth.EMPTY).with(line));
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
    return new AssignmentLedger(assignment, version, byMonth(lines), Option.some(months), totals);
  }

  public static AssignmentLedger empty(AssignmentId assignment) {
    return new AssignmentLedger(assignment, 0, List.empty());
  }

  public AssignmentId assignment() {
    return assignment;
  }

  public long version() {
    return version;
  }

  /** The approved lines held (all of them when the ledger is complete), month by month. */
  public Seq<ClaimLine> approved() {
    return months.values().flatMap(LedgerMonth::lines).toList();
  }

  /** The totals over every month, held or not. */
  public LedgerTotals totals() {
    return totals;
  }

  /** Whether the ledger holds every month's lines. */
  public boolean isComplete() {
    return held.isEmpty();
  }

  private LedgerMonth month(YearMonth month) {
    if (held.exists(h -> !h.contains(month))) {
      throw new IllegalStateException("the ledger of " + assignment + " does not hold " + month);
    }
    return months.get(month).getOrElse(LedgerMonth.EMPTY);
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

  /**
   * What the active debits count against an assignment's volume in {@code assignedUnit}, over
   * every month, were {@code extra} measure added to {@code month}: hours rounded per month.
   */
  public long usageWith(YearMonth month, long extra, Unit assignedUnit) {
    if (assignedUnit != Unit.HOUR) {
      return totals.measure() + extra;
    }
    long before = measure(month);
    return totals.roundedHours() - LedgerTotals.roundedHours(before) + LedgerTotals.roundedHours(before + extra);
  }

  /** This ledger after one more approved line of a month it holds (the version is the store's business). */
  public AssignmentLedger with(ClaimLine line) {
    LedgerMonth before = month(line.month());
    LedgerMonth after = before.with(line);
    return new AssignmentLedger(assignment, version, months.put(line.month(), after), held,
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
        && held.equals(other.held)
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
        + held.map(h -> " of " + h.toSortedSet().mkString(", ")).getOrElse("") + ", " + totals + "]";
  }
}
