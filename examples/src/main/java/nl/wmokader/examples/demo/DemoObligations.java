package nl.wmokader.examples.demo;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.obligations.domain.RefusalReason;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;

/**
 * The plan of what the demo providers account for under their contracts' obligations, per year:
 * refusals, spending on transformation (2% of turnover required) and social return (5%), and the
 * quality declaration. A pure function of the provider, the year and the demo day, chosen so that
 * once a year is over its evaluations show every verdict over the providers: compliance, shortfalls
 * of either percentage and of acceptance, one provider that never reports spending (pending until
 * the deadline, then a shortfall of the whole share) and one that never declares quality.
 */
public final class DemoObligations {

  /** Reported spending as a share of the year's turnover (from the approved claims), in basis points; none: never reported. */
  public record Accounts(AgbCode provider, int refusals, Option<Integer> transformationBasisPoints,
      Option<Integer> socialReturnBasisPoints, boolean declares) {}

  /** A refusal to record: on which day, why, and in words when the reason is OTHER. */
  public record PlannedRefusal(AgbCode provider, LocalDate refusedOn, RefusalReason reason, Option<String> explanation) {}

  /** The provider that reports no spending at all: pending once the year is over, a shortfall after 1 April. */
  public static final AgbCode NO_SPENDING_REPORT = DemoProviders.agb(6);

  /** The provider that never declares compliance with the quality framework. */
  public static final AgbCode NO_DECLARATION = DemoProviders.agb(5);

  /**
   * Per contracted provider (and the idle one, of which nothing is required: it has no turnover).
   * Reported ≥ 200 / 500 basis points is compliant; 500 exactly for provider 3 shows that meeting
   * the share is enough.
   */
  public static final List<Accounts> ACCOUNTS = List.of(
      accounts(1, 0, 250, 520, true),
      accounts(2, 2, 210, 380, true),
      accounts(3, 0, 120, 500, true),
      accounts(4, 1, 200, 650, true),
      accounts(5, 0, 230, 540, false),
      new Accounts(NO_SPENDING_REPORT, 0, Option.none(), Option.none(), true),
      accounts(7, 0, 260, 510, true),
      accounts(8, 4, 300, 600, true),
      accounts(9, 0, 90, 310, true),
      accounts(10, 0, 205, 505, true),
      accounts(11, 3, 150, 420, true),
      accounts(12, 6, 220, 500, true),
      new Accounts(DemoProviders.IDLE.agb(), 0, Option.none(), Option.none(), true));

  private static final List<RefusalReason> REASONS = List.of(RefusalReason.NO_CAPACITY, RefusalReason.EXPERTISE_LACKING,
      RefusalReason.OUTSIDE_SERVICE_AREA, RefusalReason.UNSAFE_SITUATION, RefusalReason.OTHER);

  private final LocalDate demoDay;

  public DemoObligations(LocalDate demoDay) {
    this.demoDay = demoDay;
  }

  /**
   * The years accounted for: from the contracts' first year to the demo day's, but the demo day's
   * own year only from 1 March on (reports about a year of a few weeks would be odd).
   */
  public List<Integer> years() {
    int first = DemoProviders.CONTRACT_PERIOD.start().getYear();
    int last = demoDay.getMonthValue() >= 3 ? demoDay.getYear() : demoDay.getYear() - 1;
    return List.rangeClosed(first, last);
  }

  /**
   * The refusals of {@code a} in {@code year}, spread over its first ten months; those that would
   * fall after the demo day are left out. The provider with a client stop refuses for lack of staff.
   */
  public List<PlannedRefusal> refusals(Accounts a, int year) {
    int n = number(a.provider());
    return List.range(0, a.refusals())
        .map(j -> LocalDate.of(year, 1, 20).plusDays(45L * j + 3L * n))
        .filter(day -> !day.isAfter(demoDay))
        .zipWithIndex()
        .map(t -> {
          RefusalReason reason = a.provider().equals(DemoProviders.CLIENT_STOP)
              ? RefusalReason.NO_CAPACITY : REASONS.get((n + t._2) % REASONS.size());
          return new PlannedRefusal(a.provider(), t._1, reason, reason == RefusalReason.OTHER
              ? Option.some("Gevraagde combinatie van zorg past niet in het aanbod (fictief)") : Option.none());
        });
  }

  /**
   * The day {@code a} reports its spending for {@code year}: in February or early March of the next
   * year, before the 1 April deadline; on the demo day when that lies earlier (providers in the demo
   * report early, so that the year shows its verdicts as soon as it is over).
   */
  public LocalDate reportedOn(Accounts a, int year) {
    LocalDate planned = LocalDate.of(year + 1, 2, 2).plusDays(4L * number(a.provider()));
    return planned.isAfter(demoDay) ? demoDay : planned;
  }

  /** The day {@code a} declares quality compliance for {@code year}: the day after its spending report, at the latest the demo day. */
  public LocalDate declaredOn(Accounts a, int year) {
    LocalDate planned = reportedOn(a, year).plusDays(1);
    return planned.isAfter(demoDay) ? demoDay : planned;
  }

  /**
   * {@code basisPoints} of {@code turnover}, rounded half up to the cent like the required share of
   * the evaluation, so that 200 and 500 basis points meet the 2% and 5% exactly.
   */
  public static Money share(Money turnover, int basisPoints) {
    return turnover.timesFraction(basisPoints, 10_000);
  }

  private static int number(AgbCode agb) {
    return Integer.parseInt(agb.value().substring(6));
  }

  private static Accounts accounts(int n, int refusals, int transformation, int socialReturn, boolean declares) {
    return new Accounts(DemoProviders.agb(n), refusals, Option.some(transformation), Option.some(socialReturn), declares);
  }
}
