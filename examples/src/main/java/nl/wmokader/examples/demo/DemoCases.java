package nl.wmokader.examples.demo;

import static nl.wmokader.examples.demo.DemoCatalogue.DAY_BASIC;
import static nl.wmokader.examples.demo.DemoCatalogue.DAY_INTENSIVE;
import static nl.wmokader.examples.demo.DemoCatalogue.DAY_YOUNG_ADULTS;
import static nl.wmokader.examples.demo.DemoCatalogue.GUIDANCE_INDIVIDUAL;
import static nl.wmokader.examples.demo.DemoCatalogue.GUIDANCE_SPECIALIST;
import static nl.wmokader.examples.demo.DemoCatalogue.HOUSEHOLD;
import static nl.wmokader.examples.demo.DemoCatalogue.HOUSEHOLD_PLUS;
import static nl.wmokader.examples.demo.DemoCatalogue.PERSONAL_CARE_BASIC;
import static nl.wmokader.examples.demo.DemoCatalogue.SHELTERED_AT_HOME;
import static nl.wmokader.examples.demo.DemoCatalogue.SHELTERED_RESIDENTIAL;
import static nl.wmokader.examples.demo.DemoCatalogue.WHEELCHAIR_ELECTRIC;
import static nl.wmokader.examples.demo.DemoCatalogue.WHEELCHAIR_MANUAL;
import static nl.wmokader.examples.demo.DemoRegion.BERNHEZE;
import static nl.wmokader.examples.demo.DemoRegion.BOEKEL;
import static nl.wmokader.examples.demo.DemoRegion.LAND_VAN_CUIJK;
import static nl.wmokader.examples.demo.DemoRegion.MAASHORST;
import static nl.wmokader.examples.demo.DemoRegion.OSS;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Collections;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.port.in.GrantTerms;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The plan of the demo cases: for client number {@code i}, which member is responsible, what was
 * asked for, how far intake got and on which days. A pure function of {@code i} and the demo day,
 * so the same day gives the same data; every step is dated on or before the demo day, and a step
 * that would fall after it is left out (the case then stands one step earlier).
 */
public final class DemoCases {

  /** Where a planned case is meant to end; the demo day may stop it earlier. */
  public enum Outcome { REPORTED, ASSESSED, APPLIED, REFUSED, PERSONAL_BUDGET, IN_KIND }

  /** A decision: the grant's terms, or a refusal reason. */
  public record PlannedDecision(LocalDate decidedOn, Option<GrantTerms> grant, Option<String> refusalReason) {}

  /** An assignment of the granted care to {@code provider}, issued on {@code issuedOn}. */
  public record PlannedAssignment(LocalDate issuedOn, AgbCode provider, LocalDate start, Option<LocalDate> end,
      Option<LocalDate> deliveryStart) {}

  /**
   * One case. {@code reportedOn} none: an application without a prior report. Steps are in date
   * order; each present step implies the ones before it.
   */
  public record PlannedCase(Bsn client, MunicipalityCode responsible, Option<MunicipalityCode> attributedTo,
      ProductCode product, Option<LocalDate> reportedOn, Option<LocalDate> assessedOn, Option<LocalDate> appliedOn,
      Option<PlannedDecision> decision, Option<LocalDate> objectionFiledOn, Option<PlannedAssignment> assignment) {}

  /** The last day any demo grant runs: the end of the contracts. */
  static final LocalDate LAST_GRANT_DAY = DemoProviders.CONTRACT_PERIOD.end().get();

  /** Members by weight of their population: Oss and Land van Cuijk 8, Maashorst 5, Bernheze 3, Boekel 1. */
  private static final List<MunicipalityCode> MEMBER_SLOTS = List.<MunicipalityCode>empty()
      .appendAll(Collections.nCopies(8, OSS)).appendAll(Collections.nCopies(8, LAND_VAN_CUIJK))
      .appendAll(Collections.nCopies(5, MAASHORST)).appendAll(Collections.nCopies(3, BERNHEZE)).append(BOEKEL);

  /** What is asked for, by how often: household help most, sheltered housing and aids least. */
  private static final List<ProductCode> PRODUCT_SLOTS = List.<ProductCode>empty()
      .appendAll(Collections.nCopies(6, HOUSEHOLD)).appendAll(Collections.nCopies(2, HOUSEHOLD_PLUS))
      .appendAll(Collections.nCopies(5, GUIDANCE_INDIVIDUAL)).appendAll(Collections.nCopies(2, GUIDANCE_SPECIALIST))
      .appendAll(Collections.nCopies(3, PERSONAL_CARE_BASIC)).appendAll(Collections.nCopies(2, DAY_BASIC))
      .append(DAY_INTENSIVE).append(DAY_YOUNG_ADULTS).append(SHELTERED_RESIDENTIAL).append(SHELTERED_AT_HOME)
      .append(WHEELCHAIR_MANUAL);

  private final LocalDate demoDay;
  private final LocalDate firstDay;

  /**
   * Plans on {@code demoDay}: every step on or before it, no report before {@code firstDay} (so
   * that granted care falls inside the 2026-2028 contracts).
   */
  public DemoCases(LocalDate demoDay, LocalDate firstDay) {
    this.demoDay = demoDay;
    this.firstDay = firstDay;
  }

  public static Outcome outcome(int i) {
    switch (i % 20) {
      case 0:
      case 1:
        return Outcome.REPORTED;
      case 2:
        return Outcome.ASSESSED;
      case 3:
      case 4:
        return Outcome.APPLIED;
      case 5:
        return Outcome.REFUSED;
      case 6:
        return Outcome.PERSONAL_BUDGET;
      default:
        return Outcome.IN_KIND;
    }
  }

  /** The municipality client {@code i} lives in. */
  public static MunicipalityCode residence(int i) {
    return MEMBER_SLOTS.get(i % MEMBER_SLOTS.size());
  }

  /** The first case of client {@code i}. */
  public PlannedCase first(int i, Bsn client) {
    // 7 and 25 are coprime: every product meets every outcome over a hundred clients.
    ProductCode product = PRODUCT_SLOTS.get((i * 7) % PRODUCT_SLOTS.size());
    Outcome outcome = outcome(i);
    switch (outcome) {
      case REPORTED:
        return reported(i, client, product, demoDay.minusDays(3 + (i * 11L) % 75));
      case ASSESSED: {
        LocalDate reported = demoDay.minusDays(20 + (i * 13L) % 70);
        return assessed(i, client, product, reported, reported.plusDays(7 + i % 28));
      }
      case APPLIED: {
        // Some applications wait longer than the two weeks a decision may take: overdue.
        LocalDate applied = demoDay.minusDays(1 + (i * 3L) % 28);
        LocalDate reported = applied.minusDays(20 + i % 30);
        return applied(i, client, product, reported, reported.plusDays(10 + i % 10), applied);
      }
      default:
        return decided(i, client, product, outcome, 45 + (i * 37L) % 290);
    }
  }

  /**
   * A second case for some clients: an electric wheelchair (an aid, exempt from the stacking
   * rule), granted in kind and assigned; none for the other clients.
   */
  public Option<PlannedCase> second(int i, Bsn client) {
    return i % 15 == 4
        ? Option.some(decided(i, client, WHEELCHAIR_ELECTRIC, Outcome.IN_KIND, 30 + (i * 17L) % 200))
        : Option.none();
  }

  private PlannedCase reported(int i, Bsn client, ProductCode product, LocalDate reportedOn) {
    MunicipalityCode home = residence(i);
    boolean central = isCentral(product);
    return new PlannedCase(client, central ? OSS : home, central ? Option.some(home) : Option.none(), product,
        Option.some(latest(reportedOn, firstDay)), Option.none(), Option.none(), Option.none(), Option.none(),
        Option.none());
  }

  private PlannedCase assessed(int i, Bsn client, ProductCode product, LocalDate reportedOn, LocalDate assessedOn) {
    PlannedCase c = reported(i, client, product, reportedOn);
    LocalDate shift = c.reportedOn().get();
    LocalDate assessed = shift.plusDays(assessedOn.toEpochDay() - reportedOn.toEpochDay());
    return until(c, new PlannedCase(c.client(), c.responsible(), c.attributedTo(), product, c.reportedOn(),
        Option.some(assessed), Option.none(), Option.none(), Option.none(), Option.none()));
  }

  private PlannedCase applied(int i, Bsn client, ProductCode product, LocalDate reportedOn, LocalDate assessedOn,
      LocalDate appliedOn) {
    PlannedCase c = assessed(i, client, product, reportedOn, assessedOn);
    if (c.assessedOn().isEmpty()) {
      return c;
    }
    LocalDate applied = latest(appliedOn, c.assessedOn().get());
    return until(c, new PlannedCase(c.client(), c.responsible(), c.attributedTo(), product, c.reportedOn(),
        c.assessedOn(), Option.some(applied), Option.none(), Option.none(), Option.none()));
  }

  private PlannedCase decided(int i, Bsn client, ProductCode product, Outcome outcome, long age) {
    LocalDate reported = demoDay.minusDays(age);
    LocalDate assessed = reported.plusDays(8 + i % 30);
    LocalDate applied = assessed.plusDays(1 + i % 6);
    PlannedCase c = applied(i, client, product, reported, assessed, applied);
    if (c.appliedOn().isEmpty()) {
      return c;
    }
    LocalDate decidedOn = c.appliedOn().get().plusDays(2 + i % 11);
    PlannedDecision decision = outcome == Outcome.REFUSED
        ? new PlannedDecision(decidedOn, Option.none(), Option.some(i % 40 < 20
            ? "Voorliggende voorziening is toereikend (demo)"
            : "Eigen kracht en netwerk zijn toereikend (demo)"))
        : new PlannedDecision(decidedOn, Option.some(grant(i, product, decidedOn,
            outcome == Outcome.PERSONAL_BUDGET ? DeliveryForm.PERSONAL_BUDGET : DeliveryForm.IN_KIND)), Option.none());
    // Every other refusal was applied for without a report first.
    boolean withoutReport = outcome == Outcome.REFUSED && (i / 20) % 2 == 0;
    PlannedCase withDecision = new PlannedCase(c.client(), c.responsible(), c.attributedTo(), product,
        withoutReport ? Option.none() : c.reportedOn(), withoutReport ? Option.none() : c.assessedOn(),
        c.appliedOn(), Option.some(decision), Option.none(), Option.none());
    PlannedCase done = until(c, withDecision);
    if (done.decision().isEmpty()) {
      return done;
    }
    if (outcome == Outcome.REFUSED) {
      // A third of the refusals meets an objection; the older ones wait past the twelve-week term.
      return (i / 20) % 3 == 1
          ? until(done, withObjection(done, decidedOn.plusDays(14 + i % 20)))
          : done;
    }
    GrantTerms grant = decision.grant().get();
    if (grant.form() != DeliveryForm.IN_KIND) {
      return done;
    }
    LocalDate issuedOn = decidedOn.plusDays(1 + i % 4);
    if (issuedOn.isAfter(demoDay)) {
      return done;
    }
    var providers = DemoProviders.delivering(product);
    AgbCode provider = providers.get((i / 20 + i) % providers.size()).agb();
    LocalDate start = grant.validFrom();
    // Two out of three providers have reported the start of delivery, a few days in.
    LocalDate started = latest(start, issuedOn).plusDays(i % 9);
    Option<LocalDate> deliveryStart = i % 3 != 0 && !started.isAfter(demoDay)
        && grant.validUntil().forAll(u -> !started.isAfter(u))
        ? Option.some(started)
        : Option.none();
    return new PlannedCase(done.client(), done.responsible(), done.attributedTo(), product, done.reportedOn(),
        done.assessedOn(), done.appliedOn(), done.decision(), Option.none(),
        Option.some(new PlannedAssignment(issuedOn, provider, start, grant.validUntil(), deliveryStart)));
  }

  private static PlannedCase withObjection(PlannedCase c, LocalDate filedOn) {
    return new PlannedCase(c.client(), c.responsible(), c.attributedTo(), c.product(), c.reportedOn(),
        c.assessedOn(), c.appliedOn(), c.decision(), Option.some(filedOn), c.assignment());
  }

  private GrantTerms grant(int i, ProductCode code, LocalDate decidedOn, DeliveryForm form) {
    DemoCatalogue.DemoProduct product = DemoCatalogue.product(code);
    LocalDate from = decidedOn.plusDays(1 + i % 7);
    boolean aid = product.category().isAid();
    LocalDate until = earliest(aid ? from.plusYears(3).minusDays(1)
        : from.plusMonths(i % 2 == 0 ? 12 : 6).minusDays(1), LAST_GRANT_DAY);
    LocalDate evaluation = earliest(from.plusMonths(aid ? 12 : 3), until);
    return new GrantTerms(product.category(), Option.some(code), form, quantity(i, code), product.unit(),
        product.frequency(), from, Option.some(until), List.of(goal(product.category())), evaluation);
  }

  /** The granted volume per the product's frequency: hours, day parts or days a week, or one aid. */
  private static long quantity(int i, ProductCode code) {
    switch (code.value()) {
      case "01A01":
        return 2 + i % 3;
      case "01A02":
      case "02A02":
      case "07A03":
        return 3;
      case "02A01":
        return 2 + i % 4;
      case "03A01":
        return 3 + i % 5;
      case "07A01":
        return 2 + i % 3;
      case "07A02":
      case "15A02":
        return 4;
      case "15A01":
        return 7;
      default:
        return 1;
    }
  }

  private static String goal(ProductCategory category) {
    switch (category) {
      case HOUSEHOLD_HELP:
        return "Een schoon en leefbaar huis (demo)";
      case GUIDANCE:
        return "Zelfstandig de dag en de administratie regelen (demo)";
      case PERSONAL_CARE:
        return "Zelfstandig wassen en aankleden (demo)";
      case DAY_ACTIVITIES:
        return "Een zinvolle daginvulling buitenshuis (demo)";
      case WHEELCHAIRS:
        return "Zelfstandig verplaatsen in en om het huis (demo)";
      default:
        return "Veilig en zo zelfstandig mogelijk wonen (demo)";
    }
  }

  /** Sheltered housing is decided centrally: Oss is responsible, the client's home municipality attributed. */
  private static boolean isCentral(ProductCode product) {
    return DemoCatalogue.product(product).category().isShelteredHousingOrShelter();
  }

  /** {@code next} when its latest step is on or before the demo day, else {@code current}. */
  private PlannedCase until(PlannedCase current, PlannedCase next) {
    return lastDay(next).isAfter(demoDay) ? current : next;
  }

  private static LocalDate lastDay(PlannedCase c) {
    return List.of(c.reportedOn(), c.assessedOn(), c.appliedOn(), c.decision().map(PlannedDecision::decidedOn),
            c.objectionFiledOn())
        .flatMap(o -> o)
        .max()
        .getOrElseThrow(() -> new IllegalStateException("a case without a step"));
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
