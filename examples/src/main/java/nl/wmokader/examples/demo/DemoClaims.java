package nl.wmokader.examples.demo;

import static nl.wmokader.examples.demo.DemoSeeder.ok;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.port.in.ReferenceTariffQuery;
import nl.wmokader.core.contracting.domain.DeliveryRight;
import nl.wmokader.core.contracting.port.in.DeliveryRightQuery;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.BudgetStatus;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.settlement.domain.VolumeCeilings;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryCommand;
import nl.wmokader.core.settlement.port.in.SetBudgetCommand;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;

/**
 * The demo providers' monthly claims (iWmo 323) over the twelve calendar months before the demo
 * day's, then what supervision and the members add: two recoveries in the demo day's month and the
 * members' budgets for its year. Everything goes through the use cases, each claim on the day its
 * provider submits it, and every answer is checked against the plan: a regular line that is not
 * approved, or a planned mistake that is, is a fault of the demo plan and stops the seeding.
 *
 * <p>The plan: one claim per provider, member municipality (the assignment's responsible one) and
 * month; in it one line per assignment for each month it was valid (from the month delivery
 * started, when that was reported), for the days of the month it covers, a volume a little under
 * the weekly volume times those days over seven (a week is missed now and then), at the contract
 * tariff of the period's first day ({@code findDeliveryRight}). A wheelchair is claimed once, in
 * its first month. Then a handful of the mistakes providers make, each answered with its
 * retourcode ({@link Mistake}), and one correction: a credit of an approved debit with a corrected
 * debit in the next claim. Deterministic: no randomness, the same demo day gives the same claims.
 */
public final class DemoClaims {

  /** How many claim months the demo holds: the last twelve closed ones before the demo day. */
  public static final int MONTHS = 12;

  /** The member whose budget is set below its forecast, so that its status signals overspending. */
  public static final MunicipalityCode OVERSPENDING = DemoRegion.MAASHORST;

  /** A budget's headroom over the forecast, in basis points; the overspending member's budget lies this far below. */
  static final int HEADROOM_BASIS_POINTS = 1_000;
  static final int SHORTAGE_BASIS_POINTS = 1_500;

  /** The planned mistakes, each with the retourcode it is answered with, and who makes it (when it can). */
  public enum Mistake {
    /** More than the assigned volume for the line's period: a week too many. */
    LINE_OVER_VOLUME(RejectionCode.LINE_VOLUME_EXCEEDED, DemoProviders.agb(9)),
    /** Last month claimed again under a new reference: the month's volume is exceeded (and it was claimed). */
    MONTH_CLAIMED_TWICE(RejectionCode.TOTAL_VOLUME_EXCEEDED, DemoProviders.agb(5)),
    /** The reference tariff claimed on a lot with a lower own tariff. */
    WRONG_TARIFF(RejectionCode.TARIFF_MISMATCH, DemoProviders.agb(10)),
    /** Last month's line sent again with its reference. */
    RESUBMITTED_REFERENCE(RejectionCode.DUPLICATE_REFERENCE, DemoProviders.agb(3)),
    /**
     * A line for a client assigned to another provider: the provider after it in AGB order with a
     * lot of the same product claims a client of the other (of 98000003 when it has one).
     */
    ANOTHER_PROVIDERS_ASSIGNMENT(RejectionCode.UNKNOWN_ASSIGNMENT, DemoProviders.agb(4));

    private final RejectionCode code;
    private final AgbCode provider;

    Mistake(RejectionCode code, AgbCode provider) {
      this.code = code;
      this.provider = provider;
    }

    public RejectionCode code() {
      return code;
    }

    /** The provider that makes the mistake when it has a fitting line; otherwise the first that has. */
    public AgbCode provider() {
      return provider;
    }
  }

  /** The provider whose approved debit is credited and claimed again, corrected, when it has a fitting line. */
  public static final AgbCode CORRECTING = DemoProviders.agb(1);

  /** The providers supervision recovers from, in the demo day's month (preferred; else the first with a line). */
  public static final List<AgbCode> RECOVERED_FROM = List.of(DemoProviders.agb(8), DemoProviders.SUSPENDED);

  private static final Actor REGION = Actor.region();
  private static final DateTimeFormatter MONTH_CODE = DateTimeFormatter.ofPattern("yyMM");

  /** A planned line: what it says and what its answer should be (none: approved). */
  private record Line(String reference, Option<String> previous, Assignment assignment, LocalDate start,
      LocalDate end, long volume, Money tariff, DebitCredit direction, Option<RejectionCode> expected) {

    Money amount() {
      return tariff.times(volume);
    }

    boolean fullMonth() {
      return start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth());
    }

    Line with(String reference, Option<String> previous, long volume, Money tariff, DebitCredit direction,
        Option<RejectionCode> expected) {
      return new Line(reference, previous, assignment, start, end, volume, tariff, direction, expected);
    }

    ClaimLine line() {
      Assignment a = assignment;
      return new ClaimLine(reference, previous, a.id(), a.client(), a.category(), a.product(), DateRange.of(start, end),
          volume, a.volume().get().unit(), tariff, amount(), direction);
    }
  }

  /** One provider's claim to one member for one month. */
  private record Key(YearMonth month, AgbCode provider, MunicipalityCode member) {
    static final Comparator<Key> ORDER = Comparator.comparing(Key::month)
        .thenComparing(k -> k.provider().value())
        .thenComparing(k -> k.member().value());

    String number() {
      return "D" + month.format(MONTH_CODE) + "-" + member.value();
    }

    /** Unique per provider: month, member and the line's place in the claim (12 characters). */
    String reference(int n) {
      return month.format(MONTH_CODE) + member.value() + String.format("%04d", n);
    }
  }

  private final WmoKader wmo;
  private final StepClock clock;
  private final LocalDate demoDay;
  private final List<YearMonth> months;
  private final Map<Key, java.util.List<Line>> claims = new TreeMap<>(Key.ORDER);
  private final Map<String, Money> tariffs = new HashMap<>();
  private final Set<AssignmentId> picked = new HashSet<>();

  DemoClaims(WmoKader wmo, StepClock clock, LocalDate demoDay) {
    this.wmo = wmo;
    this.clock = clock;
    this.demoDay = demoDay;
    this.months = months(demoDay);
  }

  /** The claim months of a demo planned on {@code demoDay}: the twelve calendar months before its own, in order. */
  public static List<YearMonth> months(LocalDate demoDay) {
    YearMonth current = YearMonth.from(demoDay);
    return List.rangeClosed(1, MONTHS).map(i -> current.minusMonths(MONTHS + 1 - i));
  }

  /** The day {@code provider} submits its claims for {@code month}: early the next month, at the latest the demo day. */
  public static LocalDate submittedOn(AgbCode provider, YearMonth month, LocalDate demoDay) {
    LocalDate planned = month.plusMonths(1).atDay(2 + number(provider));
    return planned.isAfter(demoDay) ? demoDay : planned;
  }

  /** Plans, submits and checks the claims, then registers the recoveries and sets the budgets. */
  DemoSummary.Settlement seed() {
    clock.set(demoDay);
    for (Assignment a : assignments()) {
      plan(a);
    }
    correction();
    mistakes();
    int lines = 0;
    int rejected = 0;
    java.util.List<Claim> answered = new ArrayList<>();
    for (Map.Entry<Key, java.util.List<Line>> claim : claims.entrySet()) {
      Claim c = submit(claim.getKey(), claim.getValue());
      answered.add(c);
      lines += c.lines().size();
      rejected += c.rejectedLines().size();
    }
    int recoveries = recoveries(List.ofAll(answered));
    int budgets = budgets();
    return new DemoSummary.Settlement(months.head(), months.last(), claims.size(), lines, rejected, recoveries,
        budgets);
  }

  private Seq<Assignment> assignments() {
    java.util.List<Assignment> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      var found = ok("list assignments", wmo.indication().listAssignments().listAssignments(REGION,
          ListAssignmentsQuery.all(new PageRequest(page, PageRequest.MAX_SIZE))));
      found.items().forEach(all::add);
      if (all.size() >= found.total() || found.items().isEmpty()) {
        break;
      }
    }
    return List.ofAll(all).sortBy(a -> a.provider().value() + a.assignedOn() + a.id());
  }

  /** The regular lines of {@code a}: one per month of the window it was valid (from delivery start's month), or once for an aid. */
  private void plan(Assignment a) {
    Volume volume = a.volume().get();
    ProductCode product = a.product().get();
    boolean output = DemoCatalogue.product(product).variant() == ExecutionVariant.OUTPUT_BASED;
    LocalDate from = a.validity().start();
    if (a.deliveryStart().isDefined()) {
      LocalDate firstOfDelivery = a.deliveryStart().get().withDayOfMonth(1);
      from = firstOfDelivery.isAfter(from) ? firstOfDelivery : from;
    }
    LocalDate windowEnd = months.last().atEndOfMonth();
    LocalDate until = a.validity().end().filter(e -> e.isBefore(windowEnd)).getOrElse(windowEnd);
    int index = 0;
    for (YearMonth month : months) {
      LocalDate start = later(from, month.atDay(1));
      LocalDate end = earlier(until, month.atEndOfMonth());
      if (end.isBefore(start)) {
        continue;
      }
      if (output) {
        // an aid is claimed once, in the month it was delivered (or the window's first)
        if (YearMonth.from(from).isBefore(months.head()) || !YearMonth.from(from).equals(month)) {
          continue;
        }
        add(a, start, end, volume.quantity());
      } else {
        add(a, start, end, weeklyVolume(a, volume, start, end, index++));
      }
    }
  }

  /**
   * The weekly volume times the period's days over seven, rounded down (at least one); a week less
   * one month in seven; never above the period's ceiling.
   */
  private static long weeklyVolume(Assignment a, Volume volume, LocalDate start, LocalDate end, int index) {
    if (volume.frequency() != Frequency.PER_WEEK) {
      throw new IllegalStateException("demo data: a weekly volume was planned, not " + volume.frequency());
    }
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    long q = volume.quantity();
    long claimed = Math.max(1, q * days / 7);
    if ((index + number(a.provider()) + start.getMonthValue()) % 7 == 0 && claimed > q) {
      claimed -= q;
    }
    return Math.min(claimed, ceiling(a, start, end));
  }

  private static long ceiling(Assignment a, LocalDate start, LocalDate end) {
    return VolumeCeilings.forPeriod(a.volume().get(), a.validity(), a.category() == ProductCategory.HOUSEHOLD_HELP,
        false, start, end);
  }

  private void add(Assignment a, LocalDate start, LocalDate end, long volume) {
    Key key = new Key(YearMonth.from(start), a.provider(), a.responsibleMunicipality());
    java.util.List<Line> lines = claims.computeIfAbsent(key, k -> new ArrayList<>());
    lines.add(new Line(key.reference(lines.size() + 1), Option.none(), a, start, end, volume,
        tariff(a.provider(), a.product().get(), start), DebitCredit.DEBIT, Option.none()));
  }

  /** The contract tariff of {@code provider}'s lot for {@code product} on {@code day}: its own, else the reference tariff. */
  private Money tariff(AgbCode provider, ProductCode product, LocalDate day) {
    return tariffs.computeIfAbsent(provider.value() + product.value() + day, k -> ok("find a delivery right",
        wmo.contracting().findDeliveryRight().findDeliveryRight(REGION, new DeliveryRightQuery(provider, product, day)))
        .map(DeliveryRight::tariff)
        .getOrElseThrow(() -> new IllegalStateException("demo data: no contract tariff for " + provider.value() + " "
            + product.value() + " on " + day)));
  }

  /** A line appended to {@code key}'s claim (created when the provider has none that month). */
  private void append(Key key, java.util.function.Function<String, Line> line) {
    java.util.List<Line> lines = claims.computeIfAbsent(key, k -> new ArrayList<>());
    lines.add(line.apply(key.reference(lines.size() + 1)));
  }

  /**
   * The provider credits an approved debit of the month before last (one unit too many) in its
   * claim of the last month, with the corrected debit beside it: credits are answered first, so the
   * corrected debit is not "claimed already".
   */
  private void correction() {
    pick(months.size() - 2, CORRECTING, l -> l.fullMonth() && l.volume() >= 2).forEach(d -> {
      Key key = new Key(months.last(), d.assignment().provider(), d.assignment().responsibleMunicipality());
      append(key, ref -> d.with(ref, Option.some(d.reference()), d.volume(), d.tariff(), DebitCredit.CREDIT,
          Option.none()));
      append(key, ref -> d.with(ref, Option.none(), d.volume() - 1, d.tariff(), DebitCredit.DEBIT, Option.none()));
    });
  }

  private void mistakes() {
    int last = months.size() - 1;
    int previous = months.size() - 2;
    pick(last, Mistake.LINE_OVER_VOLUME.provider(), Line::fullMonth).forEach(g -> replace(g,
        g.with(g.reference(), Option.none(), ceiling(g.assignment(), g.start(), g.end())
            + g.assignment().volume().get().quantity(), g.tariff(), DebitCredit.DEBIT,
            Option.some(Mistake.LINE_OVER_VOLUME.code()))));
    pick(previous, Mistake.MONTH_CLAIMED_TWICE.provider(),
        l -> l.fullMonth() && 2 * l.volume() > ceiling(l.assignment(), l.start(), l.end())).forEach(f -> append(
        lastMonthKey(f, f.assignment().provider()), ref -> f.with(ref, Option.none(), f.volume(), f.tariff(),
            DebitCredit.DEBIT, Option.some(Mistake.MONTH_CLAIMED_TWICE.code()))));
    pick(previous, Mistake.RESUBMITTED_REFERENCE.provider(), Line::fullMonth).forEach(e -> append(
        lastMonthKey(e, e.assignment().provider()), ref -> e.with(e.reference(), Option.none(), e.volume(), e.tariff(),
            DebitCredit.DEBIT, Option.some(Mistake.RESUBMITTED_REFERENCE.code()))));
    pick(last, Mistake.WRONG_TARIFF.provider(), l -> l.fullMonth() && ownTariff(l)).forEach(h -> replace(h,
        h.with(h.reference(), Option.none(), h.volume(), referenceTariff(h), DebitCredit.DEBIT,
            Option.some(Mistake.WRONG_TARIFF.code()))));
    // A client of one provider claimed by another that delivers the same product, to the same member.
    pick(last, DemoProviders.agb(3), l -> l.fullMonth() && otherProvider(l).isDefined()).forEach(k -> append(
        lastMonthKey(k, otherProvider(k).get()), ref -> k.with(ref, Option.none(), k.volume(), k.tariff(),
            DebitCredit.DEBIT, Option.some(Mistake.ANOTHER_PROVIDERS_ASSIGNMENT.code()))));
  }

  private Key lastMonthKey(Line line, AgbCode provider) {
    return new Key(months.last(), provider, line.assignment().responsibleMunicipality());
  }

  /** Another demo provider with a lot of the line's product (at the same tariff): the one after it in AGB order. */
  private static Option<AgbCode> otherProvider(Line line) {
    ProductCode product = line.assignment().product().get();
    List<AgbCode> others = DemoProviders.delivering(product).map(DemoProviders.DemoProvider::agb)
        .filter(p -> !p.equals(line.assignment().provider()));
    return others.find(p -> number(p) > number(line.assignment().provider())).orElse(others.headOption());
  }

  private static boolean ownTariff(Line line) {
    return DemoProviders.PROVIDERS.find(p -> p.agb().equals(line.assignment().provider()))
        .flatMap(p -> p.lots().find(l -> l.product().equals(line.assignment().product().get())))
        .exists(l -> l.ownTariff().isDefined());
  }

  private Money referenceTariff(Line line) {
    return ok("find a reference tariff", wmo.catalogue().findReferenceTariff().findReferenceTariff(REGION,
        new ReferenceTariffQuery(line.assignment().product().get(), line.start())))
        .getOrElseThrow(() -> new IllegalStateException("demo data: no reference tariff on " + line.start()));
  }

  /**
   * The first regular line of month {@code index} (else of the months before it) that fits, of
   * {@code preferred} when it has one, on an assignment no other mistake uses; effort-based only.
   */
  private Option<Line> pick(int index, AgbCode preferred, Predicate<Line> fits) {
    for (int i = index; i >= 0; i--) {
      YearMonth month = months.get(i);
      List<Line> candidates = List.ofAll(claims.entrySet())
          .filter(e -> e.getKey().month().equals(month))
          .flatMap(e -> e.getValue())
          .filter(l -> l.direction() == DebitCredit.DEBIT && l.expected().isEmpty() && l.previous().isEmpty()
              && YearMonth.from(l.start()).equals(month)
              && DemoCatalogue.product(l.assignment().product().get()).variant() == ExecutionVariant.EFFORT_BASED
              && !picked.contains(l.assignment().id()))
          .filter(fits);
      Option<Line> found = candidates.find(l -> l.assignment().provider().equals(preferred)).orElse(candidates.headOption());
      if (found.isDefined()) {
        picked.add(found.get().assignment().id());
        return found;
      }
    }
    return Option.none();
  }

  private void replace(Line old, Line with) {
    claims.values().forEach(lines -> lines.replaceAll(l -> l == old ? with : l));
  }

  private Claim submit(Key key, java.util.List<Line> lines) {
    clock.set(submittedOn(key.provider(), key.month(), demoDay));
    Money total = List.ofAll(lines).foldLeft(Money.ZERO, (sum, l) -> l.direction() == DebitCredit.CREDIT
        ? sum.minus(l.amount()) : sum.plus(l.amount()));
    Claim claim = ok("submit a claim", wmo.settlement().submitClaim().submitClaim(Actor.provider(key.provider()),
        new SubmitClaimCommand(key.member(), key.month(), key.number(), Option.some(total),
            List.ofAll(lines).map(Line::line))));
    for (int i = 0; i < lines.size(); i++) {
      Line planned = lines.get(i);
      AnsweredLine answer = claim.lines().get(i);
      boolean asPlanned = planned.expected().isEmpty()
          ? answer.isApproved()
          : answer.rejections().contains(planned.expected().get());
      if (!asPlanned) {
        // no personal data: the claim number, the line's reference and the codes
        throw new IllegalStateException("demo data: claim " + key.number() + " of " + key.provider().value()
            + ", line " + planned.reference() + " was answered " + answer.answerCodes().mkString(",")
            + " but planned " + planned.expected().map(RejectionCode::code).getOrElse(RejectionCode.APPROVED_CODE));
      }
    }
    return claim;
  }

  /**
   * Supervision takes back, in the demo day's month, the whole of one approved line (care not
   * delivered) and half of another (delivered, but not as decided), each charged to the member
   * that paid it.
   */
  private int recoveries(List<Claim> answered) {
    clock.set(demoDay);
    YearMonth month = YearMonth.from(demoDay);
    // (provider, line) of every approved regular debit: not one a mistake or the correction touched
    List<io.vavr.Tuple2<AgbCode, AnsweredLine>> approved = answered
        .flatMap(c -> c.lines().map(l -> io.vavr.Tuple.of(c.provider(), l)))
        .filter(t -> t._2.isApproved() && t._2.line().direction() == DebitCredit.DEBIT
            && t._2.chargedTo().isDefined() && !picked.contains(t._2.line().assignment()));
    int n = 0;
    for (AgbCode provider : RECOVERED_FROM) {
      Option<io.vavr.Tuple2<AgbCode, AnsweredLine>> found = approved.find(t -> t._1.equals(provider))
          .orElse(approved.headOption());
      if (found.isEmpty()) {
        continue;
      }
      AnsweredLine l = found.get()._2;
      boolean whole = n == 0;
      Money amount = whole ? l.line().amount() : l.line().amount().timesFraction(1, 2);
      n++;
      ok("register a recovery", wmo.settlement().registerRecovery().registerRecovery(Actor.supervisor(),
          new RegisterRecoveryCommand(found.get()._1, l.chargedTo().get(), month, amount.cents(),
              whole ? "Zorg in " + l.line().month() + " niet geleverd: cliënt was opgenomen (fictief)"
                  : "Zorg in " + l.line().month() + " niet volgens de beschikking geleverd: de helft teruggevorderd (fictief)",
              "Onderzoek rechtmatigheid TZ-" + month.getYear() + "-" + String.format("%03d", 10 + n) + " (fictief)")));
    }
    return n;
  }

  /**
   * Each member's budget for the demo day's year, sized on its forecast so far (the demo has a few
   * hundred clients, not a region's thousands): 10% headroom rounded up to a thousand euros, and
   * for {@link #OVERSPENDING} 15% below, rounded down, so that its forecast signals overspending.
   */
  private int budgets() {
    int year = demoDay.getYear();
    int n = 0;
    for (var member : DemoRegion.MEMBERS) {
      BudgetStatus status = ok("read a budget status", wmo.settlement().getBudgetStatus().getBudgetStatus(REGION, member.code(), year));
      long forecast = status.forecast().cents();
      long thousand = 1_000_00;
      long amount = member.code().equals(OVERSPENDING)
          ? forecast * (10_000 - SHORTAGE_BASIS_POINTS) / 10_000 / thousand * thousand
          : Math.max(thousand, ceilDiv(forecast * (10_000 + HEADROOM_BASIS_POINTS) / 10_000, thousand) * thousand);
      ok("set a budget", wmo.settlement().setBudget().setBudget(REGION, new SetBudgetCommand(member.code(), year, amount, 0L)));
      n++;
    }
    return n;
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  private static int number(AgbCode agb) {
    return Integer.parseInt(agb.value().substring(6));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

}
