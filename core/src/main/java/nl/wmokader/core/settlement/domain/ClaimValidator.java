package nl.wmokader.core.settlement.domain;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.contracting.domain.ClaimMomentKind;
import nl.wmokader.core.contracting.domain.ClaimMoments;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The rules of DOMAIN §8 over one claim: pure, in memory, one pass. Every line is approved or
 * rejected as a whole, with every code that applies. Credits go first (in the order submitted),
 * then debits, each against the ledgers as the lines before it left them; the answer keeps the
 * submitted order. Missing delivery start or stop reports never reject a line.
 */
public final class ClaimValidator {

  /** The rejections of an approved line: one immutable empty set for all of them. */
  private static final SortedSet<RejectionCode> NONE = TreeSet.empty();

  private final AgbCode provider;
  private final MunicipalityCode municipality;
  private final YearMonth month;
  private final ClaimContext context;
  /** The claim month's last day: no line's period may start after it. */
  private final LocalDate monthEnd;
  private final java.util.Map<AssignmentId, AssignmentLedger> ledgers = new HashMap<>();
  /** The references this claim's lines took so far. */
  private final java.util.Set<String> usedReferences = new HashSet<>();

  private ClaimValidator(AgbCode provider, MunicipalityCode municipality, YearMonth month, ClaimContext context) {
    this.provider = provider;
    this.municipality = municipality;
    this.month = month;
    this.context = context;
    this.monthEnd = month.atEndOfMonth();
  }

  /** The answer to {@code lines} of a claim by {@code provider} to {@code municipality} for {@code month}. */
  public static ClaimAnswer validate(AgbCode provider, MunicipalityCode municipality, YearMonth month,
                                     Seq<ClaimLine> lines, ClaimContext context) {
    return new ClaimValidator(provider, municipality, month, context).run(lines);
  }

  private ClaimAnswer run(Seq<ClaimLine> lines) {
    AnsweredLine[] answers = new AnsweredLine[lines.size()];
    java.util.Set<AssignmentId> changed = new LinkedHashSet<>();
    int i = 0;
    for (ClaimLine line : lines) {
      if (line.isCredit()) {
        answers[i] = answerCredit(line, changed);
      }
      i++;
    }
    i = 0;
    for (ClaimLine line : lines) {
      if (!line.isCredit()) {
        answers[i] = answerDebit(line, changed);
      }
      i++;
    }
    AssignmentLedger[] moved = new AssignmentLedger[changed.size()];
    int m = 0;
    for (AssignmentId id : changed) {
      moved[m++] = ledgers.get(id);
    }
    return new ClaimAnswer(io.vavr.collection.Array.of(answers), io.vavr.collection.Array.of(moved));
  }

  private AssignmentLedger ledger(AssignmentId id) {
    return ledgers.computeIfAbsent(id, context::ledger);
  }

  /** The line's assignment when it is this provider's, for the addressed municipality, and not deleted. */
  private Assignment ownAssignment(ClaimLine line) {
    Assignment a = context.findAssignment(line.assignment());
    return a != null && a.provider().equals(provider)
        && a.responsibleMunicipality().equals(municipality)
        && a.status() != AssignmentStatus.DELETED ? a : null;
  }

  private AnsweredLine answerCredit(ClaimLine line, java.util.Set<AssignmentId> changed) {
    EnumSet<RejectionCode> codes = EnumSet.noneOf(RejectionCode.class);
    boolean fresh = usedReferences.add(line.reference()) && !context.isUsed(line.reference());
    if (!fresh) {
      codes.add(RejectionCode.DUPLICATE_REFERENCE);
    }
    Assignment assignment = ownAssignment(line);
    if (assignment == null) {
      codes.add(RejectionCode.UNKNOWN_ASSIGNMENT);
      codes.add(RejectionCode.CREDIT_WITHOUT_DEBIT);
      return answer(line, codes, null, changed);
    }
    if (line.period().start().isAfter(monthEnd)) {
      codes.add(RejectionCode.PERIOD_AFTER_CLAIM_MONTH);
    }
    AssignmentLedger ledger = ledger(line.assignment());
    // a credit mirrors its debit's period, so the debit lies in the credit's month
    LedgerMonth month = ledger.month(LedgerMonth.index(line.periodStart()));
    Option<ClaimLine> debit = line.previousReference().flatMap(month::debit);
    if (debit.isEmpty() || !mirrors(line, debit.get())) {
      codes.add(RejectionCode.CREDIT_WITHOUT_DEBIT);
    } else if (month.isCredited(debit.get().reference())) {
      codes.add(RejectionCode.ALREADY_CREDITED);
    }
    return answer(line, codes, assignment, changed);
  }

  /** A credit takes back exactly what its debit asked: same client, product, period, volume, unit, tariff and amount. */
  private static boolean mirrors(ClaimLine credit, ClaimLine debit) {
    return credit.client().equals(debit.client())
        && credit.category() == debit.category()
        && credit.product().equals(debit.product())
        && credit.period().equals(debit.period())
        && credit.volume() == debit.volume()
        && credit.unit() == debit.unit()
        && credit.tariff().equals(debit.tariff())
        && credit.amount().equals(debit.amount());
  }

  private AnsweredLine answerDebit(ClaimLine line, java.util.Set<AssignmentId> changed) {
    EnumSet<RejectionCode> codes = EnumSet.noneOf(RejectionCode.class);
    if (!usedReferences.add(line.reference()) || context.isUsed(line.reference())) {
      codes.add(RejectionCode.DUPLICATE_REFERENCE);
    }
    if (line.period().start().isAfter(monthEnd)) {
      codes.add(RejectionCode.PERIOD_AFTER_CLAIM_MONTH);
    }
    Assignment assignment = ownAssignment(line);
    if (assignment == null) {
      codes.add(RejectionCode.UNKNOWN_ASSIGNMENT);
      if (!line.amount().equals(expectedAmount(line, line.unit()))) {
        codes.add(RejectionCode.AMOUNT_MISMATCH);
      }
      return answer(line, codes, null, changed);
    }
    Product product = line.product().isDefined() ? context.product(line.product().get()).getOrNull() : null;
    Option<ProductVersion> version = product == null ? Option.none() : product.versionOn(line.periodStart());
    boolean structural = checkWhat(line, assignment, version, codes);
    checkPeriod(line, assignment, codes);
    checkMoney(line, assignment, version, codes);
    if (structural) {
      checkVolume(line, assignment, version, codes);
      checkAlreadyClaimed(line, assignment, codes);
    }
    return answer(line, codes, assignment, changed);
  }

  /** Client, category, product and unit; {@code true} when the line is about what was assigned. */
  private boolean checkWhat(ClaimLine line, Assignment assignment, Option<ProductVersion> version,
                            EnumSet<RejectionCode> codes) {
    int before = codes.size();
    if (!line.client().equals(assignment.client())) {
      codes.add(RejectionCode.CLIENT_MISMATCH);
    }
    if (line.category() != assignment.category()) {
      codes.add(RejectionCode.CATEGORY_MISMATCH);
    }
    boolean productNeeded = assignment.type() != AssignmentType.GENERIC;
    boolean productMatches = assignment.type() == AssignmentType.SPECIFIC
        ? line.product().equals(assignment.product())
        : assignment.type() == AssignmentType.GENERIC || line.product().isDefined();
    boolean claimable = !productNeeded || version.isDefined() && version.get().variant() != ExecutionVariant.TASK_BASED
        && version.get().category() == line.category();
    if (!productMatches || !claimable) {
      codes.add(RejectionCode.PRODUCT_MISMATCH);
    }
    Unit assigned = assignedUnit(assignment, version);
    if (assigned == null || !unitFits(line.unit(), assigned)) {
      codes.add(RejectionCode.UNIT_MISMATCH);
    }
    return codes.size() == before;
  }

  /** The assignment's volume unit, else the product's; null when neither has one. */
  private static Unit assignedUnit(Assignment assignment, Option<ProductVersion> version) {
    if (assignment.volume().isDefined()) {
      return assignment.volume().get().unit();
    }
    return version.isDefined() ? version.get().unit() : null;
  }

  private static boolean unitFits(Unit claimed, Unit assigned) {
    return claimed == assigned || (claimed == Unit.MINUTE && assigned == Unit.HOUR);
  }

  private static void checkPeriod(ClaimLine line, Assignment assignment, EnumSet<RejectionCode> codes) {
    var validity = assignment.validity();
    LocalDate start = line.periodStart();
    LocalDate end = line.periodEnd();
    if (!validity.contains(start)) {
      codes.add(RejectionCode.PERIOD_START_OUTSIDE_ASSIGNMENT);
    }
    if (!validity.contains(end)) {
      codes.add(RejectionCode.PERIOD_END_OUTSIDE_ASSIGNMENT);
    }
    boolean assignmentStartsInMonth = ClaimLine.sameMonth(validity.start(), start);
    if (start.getDayOfMonth() != 1 && !assignmentStartsInMonth) {
      codes.add(RejectionCode.PERIOD_START_NOT_FIRST_OF_MONTH);
    }
    boolean assignmentEndsInMonth = validity.end().isDefined() && ClaimLine.sameMonth(validity.end().get(), start)
        || assignment.stop().isDefined() && ClaimLine.sameMonth(assignment.stop().get().date(), start);
    if (end.getDayOfMonth() != end.lengthOfMonth() && !assignmentEndsInMonth) {
      codes.add(RejectionCode.PERIOD_END_NOT_LAST_OF_MONTH);
    }
  }

  /** Tariff (the contract's on the period's first day) and amount (volume × tariff, exact, rounded once). */
  private void checkMoney(ClaimLine line, Assignment assignment, Option<ProductVersion> version,
                          EnumSet<RejectionCode> codes) {
    if (line.unit() != Unit.EUROS) {
      Option<Money> tariff = line.product().isDefined()
          ? context.contractTariff(line.product().get(), line.periodStart())
          : Option.none();
      if (!tariff.contains(line.tariff())) {
        codes.add(RejectionCode.TARIFF_MISMATCH);
      }
    }
    Unit assigned = assignedUnit(assignment, version);
    Unit tariffUnit = assigned != null ? assigned : line.unit();
    if (!line.amount().equals(expectedAmount(line, tariffUnit))) {
      codes.add(RejectionCode.AMOUNT_MISMATCH);
    }
  }

  /** Volume × tariff; minutes on an hourly tariff: tariff × minutes / 60, half up to the cent; euros: the volume itself. */
  static Money expectedAmount(ClaimLine line, Unit tariffUnit) {
    if (line.unit() == Unit.EUROS) {
      return Money.ofCents(line.volume());
    }
    if (line.unit() == Unit.MINUTE && tariffUnit == Unit.HOUR) {
      return line.tariff().timesFraction(line.volume(), 60);
    }
    return line.tariff().times(line.volume());
  }

  /** The line's own ceiling, the month's and the whole assignment's, counting the approved, uncredited debits. */
  private void checkVolume(ClaimLine line, Assignment assignment, Option<ProductVersion> version,
                           EnumSet<RejectionCode> codes) {
    if (assignment.volume().isEmpty()) {
      return;
    }
    Volume volume = assignment.volume().get();
    boolean budget = volume.unit() == Unit.EUROS;
    boolean householdHelp = assignment.category() == ProductCategory.HOUSEHOLD_HELP;
    boolean output = version.isDefined() && version.get().variant() == ExecutionVariant.OUTPUT_BASED;
    var validity = assignment.validity();
    long lineMeasure = VolumeCeilings.measure(line.volume(), line.unit(), volume.unit());
    long lineCeiling = VolumeCeilings.forPeriod(volume, validity, householdHelp, output, line.periodStart(), line.periodEnd());
    if (VolumeCeilings.usage(lineMeasure, volume.unit()) > lineCeiling) {
      codes.add(budget ? RejectionCode.BUDGET_EXCEEDED : RejectionCode.LINE_VOLUME_EXCEEDED);
      return;
    }
    AssignmentLedger ledger = ledger(assignment.id());
    LocalDate start = line.periodStart();
    int lineMonth = LedgerMonth.index(start);
    long monthCeiling = VolumeCeilings.forPeriod(volume, validity, householdHelp, output,
        start.withDayOfMonth(1), start.withDayOfMonth(start.lengthOfMonth()));
    long monthUsage = VolumeCeilings.usage(ledger.measure(lineMonth) + lineMeasure, volume.unit());
    long totalUsage = ledger.usageWith(lineMonth, lineMeasure, volume.unit());
    boolean overMonth = monthUsage > monthCeiling;
    boolean overTotal = totalUsage > VolumeCeilings.assignmentCeiling(volume, validity, output);
    if (overMonth || overTotal) {
      codes.add(budget ? RejectionCode.BUDGET_EXCEEDED : RejectionCode.TOTAL_VOLUME_EXCEEDED);
    }
  }

  /**
   * One debit per period, product and assignment unless credited (9389); an output-based lot's claim
   * moments limit the debits further: one per trajectory, or one per milestone.
   */
  private void checkAlreadyClaimed(ClaimLine line, Assignment assignment, EnumSet<RejectionCode> codes) {
    AssignmentLedger ledger = ledger(assignment.id());
    // periods lie inside one month: only the line's month can hold an overlapping debit
    if (ledger.month(LedgerMonth.index(line.periodStart())).hasActiveDebit(line.product(), line.period())) {
      codes.add(RejectionCode.ALREADY_CLAIMED);
      return;
    }
    Lot lot = line.product().isDefined() ? context.lot(line.product().get(), line.periodStart()) : null;
    Option<ClaimMoments> moments = lot == null ? Option.none() : lot.claimMoments();
    if (moments.isDefined()) {
      ClaimMoments m = moments.get();
      long allowed = m.kind() == ClaimMomentKind.END_OF_TRAJECTORY ? 1
          : m.kind() == ClaimMomentKind.PER_MILESTONE ? m.milestones().size() : Long.MAX_VALUE;
      if (ledger.totals().activeDebits() >= allowed) {
        codes.add(RejectionCode.ALREADY_CLAIMED);
      }
    }
  }

  private AnsweredLine answer(ClaimLine line, EnumSet<RejectionCode> codes, Assignment assignment,
                              java.util.Set<AssignmentId> changed) {
    Option<MunicipalityCode> chargedTo = assignment == null ? Option.none()
        : assignment.attributedTo().isDefined() ? assignment.attributedTo() : Option.some(assignment.responsibleMunicipality());
    if (codes.isEmpty()) {
      ledgers.put(line.assignment(), ledger(line.assignment()).with(line));
      changed.add(line.assignment());
    }
    return new AnsweredLine(line, codes.isEmpty() ? NONE : TreeSet.ofAll(codes), chargedTo);
  }
}
