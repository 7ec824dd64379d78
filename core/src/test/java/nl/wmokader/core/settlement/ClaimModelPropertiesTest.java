package nl.wmokader.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.ClaimAnswer;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.ClaimValidator;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.shared.DateRange;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Model-based: any sequence of claims (debits, credits, reused references, over-volume lines, hours
 * and minutes) on a few assignments with weekly, daily, monthly or total volumes. After every claim
 * the approved, uncredited volume stays within the assigned volume per line, per month and over the
 * whole assignment, as a deliberately naive second implementation of the ceilings (day by day)
 * computes them; and the validator's volume codes agree with that model line by line.
 */
class ClaimModelPropertiesTest {

  private static final YearMonth CLAIM_MONTH = YearMonth.of(2025, 12);
  private static final java.util.List<ProductCode> PRODUCTS = java.util.List.of(
      ClaimGen.GUIDANCE, ClaimGen.HOUSEHOLD, ClaimGen.OUTPUT, ClaimGen.DAY_PARTS);

  /** One debit to submit: on assignment {@code a}, in its {@code month}th month, maybe a part of it, maybe reusing a reference. */
  record Debit(int a, int month, boolean partial, int from, int to, long volume, boolean minutes, int reuse) {}

  /** A credit of the {@code k}th debit submitted so far; {@code skewed}: with a volume that does not mirror it. */
  record Credit(int k, boolean skewed) {}

  record Scenario(Seq<Assignment> assignments, Seq<Seq<Object>> claims) {
    @Override
    public String toString() {
      return assignments.map(a -> a.product().get() + " " + a.volume().get() + " " + a.validity()).mkString("; ")
          + " | " + claims;
    }
  }

  static Gen<Assignment> assignment(int n) {
    return in -> {
      ProductCode product = Generate.pick(PRODUCTS).generate(in);
      Unit unit = ClaimGen.productMap().get(product).get().latestVersion().unit();
      Frequency frequency = Generate.pick(java.util.List.of(Frequency.PER_WEEK, Frequency.PER_WEEK, Frequency.PER_DAY,
          Frequency.PER_MONTH, Frequency.TOTAL)).generate(in);
      long quantity = frequency == Frequency.TOTAL ? integers().between(1, 60).generate(in)
          : integers().between(1, 4).generate(in);
      LocalDate start = LocalDate.of(2025, 1, 1).plusDays(integers().between(0, 330).generate(in));
      LocalDate end = start.plusDays(integers().between(0, 120).generate(in));
      end = end.getYear() > 2025 ? LocalDate.of(2025, 12, 31) : end;
      return ClaimGen.assignment(n, product, new Volume(quantity, unit, frequency), DateRange.of(start, end));
    };
  }

  static Gen<Object> op(int assignments) {
    Gen<Object> debit = in -> new Debit(integers().between(0, assignments - 1).generate(in),
        integers().between(0, 5).generate(in), integers().between(0, 3).generate(in) == 0,
        integers().between(0, 30).generate(in), integers().between(0, 30).generate(in),
        integers().between(1, 40).generate(in), Generate.booleans().generate(in),
        integers().between(0, 9).generate(in) == 0 ? integers().between(0, 20).generate(in) : -1);
    Gen<Object> credit = in -> new Credit(integers().between(0, 20).generate(in), integers().between(0, 5).generate(in) == 0);
    return Generate.frequency(org.quicktheories.api.Pair.of(3, debit), org.quicktheories.api.Pair.of(1, credit));
  }

  static Gen<Scenario> scenarios() {
    return in -> {
      int count = integers().between(1, 3).generate(in);
      List<Assignment> assignments = List.empty();
      for (int i = 0; i < count; i++) {
        assignments = assignments.append(assignment(i).generate(in));
      }
      int claims = integers().between(1, 8).generate(in);
      List<Seq<Object>> out = List.empty();
      for (int c = 0; c < claims; c++) {
        int lines = integers().between(1, 5).generate(in);
        List<Object> ops = List.empty();
        for (int l = 0; l < lines; l++) {
          ops = ops.append(op(count).generate(in));
        }
        out = out.append(ops);
      }
      return new Scenario(assignments, out);
    };
  }

  @Test
  void approved_volume_stays_within_the_assigned_volume_and_the_codes_agree_with_a_naive_model() {
    qt().withExamples(200).forAll(scenarios()).checkAssert(ClaimModelPropertiesTest::run);
  }

  private static void run(Scenario s) {
    java.util.List<ClaimLine> submitted = new ArrayList<>();
    Map<AssignmentId, AssignmentLedger> ledgers = ClaimGen.noLedgers();
    Set<String> used = HashSet.empty();
    int counter = 0;
    for (Seq<Object> ops : s.claims()) {
      List<ClaimLine> lines = List.empty();
      for (Object op : ops) {
        String reference = "L" + counter++;
        if (op instanceof Debit d) {
          Assignment a = s.assignments().get(d.a());
          if (d.reuse() >= 0 && !submitted.isEmpty()) {
            reference = submitted.get(d.reuse() % submitted.size()).reference();
          }
          lines = lines.append(debitLine(reference, a, d));
        } else if (op instanceof Credit c && !submitted.isEmpty()) {
          ClaimLine debit = submitted.get(c.k() % submitted.size());
          if (debit.isCredit()) {
            continue;
          }
          ClaimLine credit = ClaimGen.credit(reference, debit);
          if (c.skewed()) {
            credit = new ClaimLine(credit.reference(), credit.previousReference(), credit.assignment(), credit.client(),
                credit.category(), credit.product(), credit.period(), credit.volume() + 1, credit.unit(),
                credit.tariff(), credit.amount(), credit.direction());
          }
          lines = lines.append(credit);
        }
      }
      if (lines.isEmpty()) {
        continue;
      }
      submitted.addAll(lines.toJavaList());
      ClaimAnswer answer = ClaimValidator.validate(ClaimGen.PROVIDER, ClaimGen.MEMBER, CLAIM_MONTH, lines,
          ClaimGen.context(s.assignments(), ledgers.values().toList(), used.retainAll(lines.map(ClaimLine::reference))));
      assertThat(answer.lines().map(AnsweredLine::line)).as("every line once, in order").isEqualTo(lines);
      ClaimAnswer fromMonths = ClaimValidator.validate(ClaimGen.PROVIDER, ClaimGen.MEMBER, CLAIM_MONTH, lines,
          ClaimGen.context(s.assignments(), monthsOnly(ledgers.values().toList(), lines),
              used.retainAll(lines.map(ClaimLine::reference))));
      assertThat(fromMonths.lines()).as("ledgers holding only the claim's months answer as whole ones")
          .isEqualTo(answer.lines());
      checkCodesAgainstModel(s, ledgers, answer);
      ledgers = ClaimGen.apply(ledgers, answer);
      used = used.addAll(answer.lines().filter(l -> !l.rejections().contains(RejectionCode.DUPLICATE_REFERENCE))
          .map(l -> l.line().reference()));
      for (Assignment a : s.assignments()) {
        checkWithinCeilings(a, activeDebits(ledgers.get(a.id()).map(AssignmentLedger::approved).getOrElse(List.empty())));
      }
    }
  }

  /**
   * The ledgers as a store that reads only the claim's months gives them: those months' lines (in
   * reverse, so a credit may come before its debit) and the totals over all months.
   */
  private static Seq<AssignmentLedger> monthsOnly(Seq<AssignmentLedger> ledgers, Seq<ClaimLine> claim) {
    Set<YearMonth> months = claim.map(ClaimLine::month).toSet();
    return ledgers.map(l -> AssignmentLedger.partial(l.assignment(), l.version(), months,
        l.approved().filter(x -> months.contains(x.month())).reverse(), l.totals()));
  }

  private static ClaimLine debitLine(String reference, Assignment a, Debit d) {
    List<YearMonth> months = monthsOf(a.validity());
    YearMonth month = months.get(d.month() % months.size());
    DateRange clipped = DateRange.of(month.atDay(1), month.atEndOfMonth()).intersection(a.validity()).get();
    LocalDate from = clipped.start();
    LocalDate to = clipped.end().get();
    if (d.partial()) {
      long days = clipped.days().get();
      LocalDate x = from.plusDays(d.from() % days);
      LocalDate y = from.plusDays(d.to() % days);
      from = x.isBefore(y) ? x : y;
      to = x.isBefore(y) ? y : x;
    }
    boolean minutes = d.minutes() && a.volume().get().unit() == Unit.HOUR;
    ClaimGen.LineBuilder line = ClaimGen.debit(reference, a, from, to, minutes ? d.volume() * 15 + d.from() : d.volume());
    return (minutes ? line.unit(Unit.MINUTE) : line).build();
  }

  /** Replays the claim in the validator's order (credits first) and predicts each debit's volume codes. */
  private static void checkCodesAgainstModel(Scenario s, Map<AssignmentId, AssignmentLedger> before, ClaimAnswer answer) {
    HashMap<AssignmentId, java.util.List<ClaimLine>> approved = new HashMap<>();
    for (Assignment a : s.assignments()) {
      approved.put(a.id(), new ArrayList<>(before.get(a.id()).map(l -> l.approved().toJavaList()).getOrElse(new ArrayList<>())));
    }
    for (AnsweredLine l : answer.lines().filter(x -> x.line().isCredit() && x.isApproved())) {
      approved.get(l.line().assignment()).add(l.line());
    }
    for (AnsweredLine l : answer.lines().filter(x -> !x.line().isCredit())) {
      Assignment a = s.assignments().find(x -> x.id().equals(l.line().assignment())).get();
      Seq<ClaimLine> active = activeDebits(List.ofAll(approved.get(a.id())));
      boolean lineOver = usage(a, List.of(l.line())) > lineCeiling(a, l.line().periodStart(), l.line().periodEnd());
      boolean togetherOver = overAnyCeiling(a, active.append(l.line()));
      assertThat(l.rejections().contains(RejectionCode.LINE_VOLUME_EXCEEDED)).as("9321 for %s", l.line()).isEqualTo(lineOver);
      assertThat(l.rejections().contains(RejectionCode.TOTAL_VOLUME_EXCEEDED)).as("9322 for %s with %s", l.line(), active)
          .isEqualTo(!lineOver && togetherOver);
      boolean overlaps = active.exists(x -> x.period().overlaps(l.line().period()));
      assertThat(l.rejections().contains(RejectionCode.ALREADY_CLAIMED)).as("9389 for %s", l.line()).isEqualTo(overlaps);
      if (l.isApproved()) {
        approved.get(a.id()).add(l.line());
      }
    }
  }

  private static void checkWithinCeilings(Assignment a, Seq<ClaimLine> active) {
    assertThat(overAnyCeiling(a, active)).as("approved within the ceilings: %s", active).isFalse();
    for (ClaimLine line : active) {
      assertThat(usage(a, List.of(line))).isLessThanOrEqualTo(lineCeiling(a, line.periodStart(), line.periodEnd()));
      assertThat(active.count(x -> x.period().overlaps(line.period()))).as("one debit per period").isEqualTo(1);
    }
  }

  private static boolean overAnyCeiling(Assignment a, Seq<ClaimLine> lines) {
    long total = 0;
    for (YearMonth month : lines.map(ClaimLine::month).distinct()) {
      long used = usage(a, lines.filter(l -> l.month().equals(month)));
      if (used > lineCeiling(a, month.atDay(1), month.atEndOfMonth())) {
        return true;
      }
      total += used;
    }
    return total > wholeCeiling(a);
  }

  // --- the naive model: day by day, written apart from VolumeCeilings

  private static Seq<ClaimLine> activeDebits(Seq<ClaimLine> approved) {
    java.util.Set<String> credited = new java.util.HashSet<>();
    for (ClaimLine l : approved) {
      if (l.isCredit()) {
        credited.add(l.previousReference().get());
      }
    }
    return approved.filter(l -> !l.isCredit() && !credited.contains(l.reference()));
  }

  /** Hours: the minutes summed and rounded once (under half an hour down, from half an hour up, at least one). */
  private static long usage(Assignment a, Seq<ClaimLine> lines) {
    if (a.volume().get().unit() != Unit.HOUR) {
      return lines.map(ClaimLine::volume).sum().longValue();
    }
    long minutes = 0;
    for (ClaimLine l : lines) {
      minutes += l.unit() == Unit.MINUTE ? l.volume() : l.volume() * 60;
    }
    if (minutes == 0) {
      return 0;
    }
    long hours = minutes / 60;
    if (minutes % 60 >= 30) {
      hours++;
    }
    return hours == 0 ? 1 : hours;
  }

  private static java.util.List<LocalDate> days(LocalDate from, LocalDate to, DateRange validity) {
    java.util.List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (validity.contains(d)) {
        out.add(d);
      }
    }
    return out;
  }

  private static boolean outputBased(Assignment a) {
    return a.product().contains(ClaimGen.OUTPUT);
  }

  /** The day whose period earns the output-based bonus week, or null. */
  private static LocalDate bonusDay(DateRange validity) {
    LocalDate end = validity.end().get();
    if (end.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return null;
    }
    for (LocalDate d = end; !d.isBefore(validity.start()); d = d.minusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        return d;
      }
    }
    return end;
  }

  private static long lineCeiling(Assignment a, LocalDate from, LocalDate to) {
    Volume v = a.volume().get();
    java.util.List<LocalDate> days = days(from, to, a.validity());
    if (days.isEmpty()) {
      return 0;
    }
    switch (v.frequency()) {
      case TOTAL:
      case PER_MONTH:
        return v.quantity();
      case PER_DAY:
        return days.size() * v.quantity();
      default:
        if (outputBased(a)) {
          long sundays = days.stream().filter(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY).count();
          LocalDate bonus = bonusDay(a.validity());
          return (sundays + (bonus != null && days.contains(bonus) ? 1 : 0)) * v.quantity();
        }
        if (a.category() == ProductCategory.HOUSEHOLD_HELP) {
          return 6 * v.quantity();
        }
        return isoWeeks(days) * v.quantity();
    }
  }

  private static long wholeCeiling(Assignment a) {
    Volume v = a.volume().get();
    LocalDate start = a.validity().start();
    LocalDate end = a.validity().end().get();
    java.util.List<LocalDate> days = days(start, end, a.validity());
    switch (v.frequency()) {
      case TOTAL:
        return v.quantity();
      case PER_MONTH:
        return days.stream().map(YearMonth::from).distinct().count() * v.quantity();
      case PER_DAY:
        return days.size() * v.quantity();
      default:
        if (outputBased(a)) {
          long sundays = days.stream().filter(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY).count();
          return (sundays + (bonusDay(a.validity()) != null ? 1 : 0)) * v.quantity();
        }
        return isoWeeks(days) * v.quantity();
    }
  }

  private static long isoWeeks(java.util.List<LocalDate> days) {
    return days.stream().map(d -> d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
        .distinct().count();
  }

  private static List<YearMonth> monthsOf(DateRange validity) {
    List<YearMonth> out = List.empty();
    for (YearMonth m = YearMonth.from(validity.start()); !m.isAfter(YearMonth.from(validity.end().get())); m = m.plusMonths(1)) {
      out = out.append(m);
    }
    return out;
  }
}
