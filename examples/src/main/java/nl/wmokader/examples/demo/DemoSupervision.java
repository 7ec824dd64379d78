package nl.wmokader.examples.demo;

import static nl.wmokader.examples.demo.DemoSeeder.ok;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.IncidentKind;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.SelectionResult;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.domain.SignalSource;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.supervision.port.in.AddOutcomeCommand;
import nl.wmokader.core.supervision.port.in.ReportMeasureCommand;
import nl.wmokader.core.supervision.port.in.AdvanceInvestigationCommand;
import nl.wmokader.core.supervision.port.in.DecideOnSignalCommand;
import nl.wmokader.core.supervision.port.in.FollowUpImprovementPointCommand;
import nl.wmokader.core.supervision.port.in.GgdStep;
import nl.wmokader.core.supervision.port.in.InformMembersCommand;
import nl.wmokader.core.supervision.port.in.OpenInvestigationCommand;
import nl.wmokader.core.supervision.port.in.RecordFindingCommand;
import nl.wmokader.core.supervision.port.in.RecordGgdStepCommand;
import nl.wmokader.core.supervision.port.in.RecordSignalCommand;
import nl.wmokader.core.supervision.port.in.ReportCalamityCommand;
import nl.wmokader.core.supervision.port.in.SelectProactiveCommand;

/**
 * What supervision adds to the demo region, through its use cases (policy framework §4.2, §4.4):
 * signals from different sources, two calamities reported to the GGD, three investigations and
 * the yearly proactive selection. Deterministic and fictional; no date after the demo day.
 *
 * <ul>
 *   <li>Calamities, on fixed days early in 2026 (before the earliest demo day): one of
 *       {@link #ON_TIME_CALAMITY} reported the next day, with the GGD's start, conclusion and the
 *       region's follow-up; one of {@link #LATE_CALAMITY} reported five working days after the
 *       incident, so its 2026 reporting obligation is a shortfall once the year is over.</li>
 *   <li>A signal-driven lawfulness investigation of {@link #LAWFULNESS} (on a data anomaly and a
 *       member's signal) ending on the demo day in a recovery split over the first two members it
 *       serves (by code), so
 *       it shows as two negative items in those members' settlements of the demo day's month; the
 *       members are informed.</li>
 *   <li>A signal-driven quality investigation of {@link #QUALITY} (on a client's, a whistle-blower's
 *       and the GGD's signal) with a finding per norm, one {@link Verdict#DOES_NOT_MEET}, so its
 *       quality-framework obligation of the year the report became final is a shortfall; two
 *       improvement points, one followed up and one overdue on the demo day.</li>
 *   <li>A proactive investigation of {@link #PROACTIVE}, still {@link InvestigationStatus#INVESTIGATING}.</li>
 *   <li>One signal of a contract manager, dismissed with a reason.</li>
 * </ul>
 * The investigations' days are planned as shares of the span from {@link #anchor(LocalDate)} to
 * the demo day, so every demo day from the earliest on has them in the same order.
 */
final class DemoSupervision {
  /** The provider that reports its calamity on time; the GGD's steps are recorded on it. */
  static final AgbCode ON_TIME_CALAMITY = DemoProviders.agb(8);
  /** The provider that reports a violence incident late: its 2026 reporting obligation shows it. */
  static final AgbCode LATE_CALAMITY = DemoProviders.agb(2);
  /**
   * Lawfulness investigation ending in a recovery: the provider whose claims over the assigned volume
   * the settlement rejects ({@link DemoClaims.Mistake#LINE_OVER_VOLUME}), which serves residents of
   * several members.
   */
  static final AgbCode LAWFULNESS = DemoProviders.agb(9);
  /** Quality investigation with a norm not met and an overdue improvement point. */
  static final AgbCode QUALITY = DemoProviders.agb(4);
  /** Proactive investigation, still investigating. */
  static final AgbCode PROACTIVE = DemoProviders.agb(10);
  /** The provider a contract manager's signal is about; it is dismissed. */
  static final AgbCode DISMISSED = DemoProviders.agb(1);
  /** The seed of the proactive selection, as the region's board drew and recorded it (fictional). */
  static final long SELECTION_SEED = 20_260_417L;

  /** The calamity reported on time: occurred, reported, GGD started, concluded, followed up. */
  static final LocalDate CALAMITY_OCCURRED = LocalDate.of(2026, 1, 20);
  static final LocalDate CALAMITY_REPORTED = LocalDate.of(2026, 1, 21);
  /** The violence incident: two working days would have been 11 February; reported the 16th. */
  static final LocalDate INCIDENT_OCCURRED = LocalDate.of(2026, 2, 9);
  static final LocalDate INCIDENT_REPORTED = LocalDate.of(2026, 2, 16);

  /** The recovery's two parts, in cents: care claimed while the clients were admitted elsewhere. */
  static final List<Money> RECOVERY_PARTS = List.of(Money.ofCents(1_840_00), Money.ofCents(612_50));

  private static final Actor REGION = Actor.region();
  private static final Actor SUPERVISOR = Actor.supervisor();

  private final WmoKader wmo;
  private final StepClock clock;
  private final LocalDate demoDay;
  private final LocalDate anchor;
  private int signals;
  private int dismissed;
  private int calamities;
  private int investigations;
  private int recoveries;

  DemoSupervision(WmoKader wmo, StepClock clock, LocalDate demoDay) {
    this.wmo = wmo;
    this.clock = clock;
    this.demoDay = demoDay;
    this.anchor = anchor(demoDay);
  }

  /** The first day of the investigations' span: 150 days before the demo day, not before the first report day. */
  static LocalDate anchor(LocalDate demoDay) {
    LocalDate start = demoDay.minusDays(150);
    return start.isBefore(DemoSeeder.FIRST_REPORT_DAY) ? DemoSeeder.FIRST_REPORT_DAY : start;
  }

  /** The day {@code percent}% into the span from the anchor to the demo day. */
  static LocalDate at(LocalDate demoDay, int percent) {
    LocalDate from = anchor(demoDay);
    return from.plusDays(ChronoUnit.DAYS.between(from, demoDay) * percent / 100);
  }

  private LocalDate at(int percent) {
    return at(demoDay, percent);
  }

  /** Seeds the calamities, signals and investigations; answers the counts (the selection comes later). */
  DemoSummary.Supervision seed() {
    calamities();
    lawfulness();
    quality();
    proactive();
    dismissal();
    clock.set(demoDay);
    int overdue = ok("list overdue improvement points",
        wmo.supervision().listOverdueImprovementPoints().listOverdueImprovementPoints(REGION)).size();
    // one calamity of the plan is late: the violence incident
    return new DemoSummary.Supervision(signals, dismissed, calamities, 1, investigations, recoveries, overdue,
        java.util.List.of());
  }

  /** The proactive selection as of the demo day, under the service's terms; nothing is stored. */
  SelectionResult select() {
    clock.set(demoDay);
    return ok("select proactive investigations", wmo.supervision().selectProactive().selectProactive(REGION,
        new SelectProactiveCommand(demoDay, SELECTION_SEED)));
  }

  private void calamities() {
    clock.set(CALAMITY_REPORTED);
    Calamity calamity = ok("report a calamity", wmo.supervision().reportCalamity().reportCalamity(Actor.provider(ON_TIME_CALAMITY),
        new ReportCalamityCommand(ON_TIME_CALAMITY, IncidentKind.CALAMITY, CALAMITY_OCCURRED, CALAMITY_REPORTED,
            "Cliënt met ernstig letsel na een val in de nacht; nachtdienst onderbezet (fictief)")));
    calamities++;
    ggd(calamity, LocalDate.of(2026, 1, 23), GgdStep.START, null);
    ggd(calamity, LocalDate.of(2026, 2, 20), GgdStep.CONCLUDE,
        "Valpreventie en bezetting van de nachtdienst schoten tekort; de aanbieder past het rooster aan (fictief)");
    ggd(calamity, LocalDate.of(2026, 2, 27), GgdStep.FOLLOW_UP,
        "Besproken in het contractgesprek; het nieuwe nachtrooster is ontvangen (fictief)");
    clock.set(INCIDENT_REPORTED);
    ok("report a violence incident", wmo.supervision().reportCalamity().reportCalamity(Actor.provider(LATE_CALAMITY),
        new ReportCalamityCommand(LATE_CALAMITY, IncidentKind.VIOLENCE_INCIDENT, INCIDENT_OCCURRED, INCIDENT_REPORTED,
            "Medewerker duwde een cliënt bij een conflict over de planning (fictief)")));
    calamities++;
  }

  private void ggd(Calamity calamity, LocalDate on, GgdStep step, String text) {
    clock.set(on);
    ok("record a GGD step", wmo.supervision().recordGgdStep().recordGgdStep(REGION, new RecordGgdStepCommand(calamity.id(), step, text)));
  }

  /**
   * Two signals, the investigation on them, its steps, and on the demo day the recovery over the
   * first two members the provider serves and the members informed.
   */
  private InvestigationId lawfulness() {
    SignalId anomaly = signal(LAWFULNESS, SignalSource.DATA_ANOMALY, SignalSeverity.MEDIUM, at(10),
        "Declaraties boven de toegewezen omvang en uren in maanden dat cliënten elders verbleven (fictief)");
    SignalId member = signal(LAWFULNESS, SignalSource.MEMBER_MUNICIPALITY, SignalSeverity.HIGH, at(14),
        "Consulent ziet geleverde uren die niet passen bij de beschikking (fictief)");
    InvestigationId id = open(LAWFULNESS, List.of(anomaly, member), InvestigationScope.LAWFULNESS, at(20));
    advance(id, InvestigationStatus.INVESTIGATING, at(22), null);
    advance(id, InvestigationStatus.DRAFT_REPORT, at(55), null);
    advance(id, InvestigationStatus.PROVIDER_RESPONSE, at(58), at(68));
    advance(id, InvestigationStatus.FINAL_REPORT, at(72), null);
    List<MunicipalityCode> members = served(LAWFULNESS).take(RECOVERY_PARTS.size());
    if (members.size() < RECOVERY_PARTS.size()) {
      throw new IllegalStateException("demo data: the lawfulness investigation's provider serves fewer than "
          + RECOVERY_PARTS.size() + " members");
    }
    Outcome.Recovery recovery = new Outcome.Recovery(members.zip(RECOVERY_PARTS)
        .map(t -> new Outcome.Recovery.Part(t._1, t._2)));
    clock.set(demoDay);
    ok("add a recovery", wmo.supervision().addOutcome().addOutcome(SUPERVISOR, new AddOutcomeCommand(id, recovery)));
    recoveries += recovery.parts().size();
    // The provider reports the measure imposed on it the same day, well within its 7 days.
    ok("report the measure", wmo.supervision().reportMeasure().reportMeasure(Actor.provider(LAWFULNESS),
        new ReportMeasureCommand(id, 0, null)));
    ok("inform the members", wmo.supervision().informMembers().informMembers(SUPERVISOR, new InformMembersCommand(id, List.empty())));
    advance(id, InvestigationStatus.FOLLOW_UP, demoDay, null);
    return id;
  }

  /** The members responsible for the provider's clients, by code. */
  private List<MunicipalityCode> served(AgbCode provider) {
    List<Assignment> all = List.empty();
    for (int page = 0; ; page++) {
      var found = ok("list assignments", wmo.indication().listAssignments().listAssignments(REGION, new ListAssignmentsQuery(
          Option.none(), Option.some(provider), Option.none(), Option.none(), new PageRequest(page, PageRequest.MAX_SIZE))));
      all = all.appendAll(found.items());
      if (found.items().isEmpty() || all.size() >= found.total()) {
        break;
      }
    }
    return all.filter(a -> a.status() != AssignmentStatus.DELETED)
        .map(Assignment::responsibleMunicipality).distinct().sortBy(MunicipalityCode::value);
  }

  /**
   * Three signals, the investigation on them, a finding per norm, the final report with two
   * improvement points, the follow-up of one; the other's deadline passes before the demo day.
   */
  private void quality() {
    SignalId client = signal(QUALITY, SignalSource.CLIENT, SignalSeverity.MEDIUM, at(0),
        "Begeleider komt regelmatig niet op de afgesproken tijd en meldt dat niet (fictief)");
    SignalId whistle = signal(QUALITY, SignalSource.WHISTLE_BLOWER, SignalSeverity.HIGH, at(3),
        "Medewerker meldt dat incidenten niet worden geregistreerd (fictief)");
    SignalId ggd = signal(QUALITY, SignalSource.GGD, SignalSeverity.MEDIUM, at(5),
        "GGD ziet bij een huisbezoek geen actueel ondersteuningsplan (fictief)");
    InvestigationId id = open(QUALITY, List.of(client, whistle, ggd), InvestigationScope.QUALITY, at(8));
    advance(id, InvestigationStatus.INVESTIGATING, at(12), null);
    finding(id, at(16), "KW-01", "Deskundig en voldoende personeel", Verdict.MEETS,
        "Opleidingsniveau en bezetting volgens het kwaliteitskader (fictief)");
    finding(id, at(18), "KW-03", "Ondersteuningsplan opgesteld en geëvalueerd", Verdict.PARTLY_MEETS,
        "Plannen aanwezig, evaluaties deels achterstallig (fictief)");
    finding(id, at(20), "KW-05", "Incidenten gemeld, geregistreerd en geanalyseerd", Verdict.DOES_NOT_MEET,
        "Geen incidentregistratie over het afgelopen halfjaar (fictief)");
    finding(id, at(22), "KW-07", "Klachtenregeling bekend bij cliënten", Verdict.MEETS,
        "Regeling op de website en in de intakemap (fictief)");
    advance(id, InvestigationStatus.DRAFT_REPORT, at(30), null);
    advance(id, InvestigationStatus.PROVIDER_RESPONSE, at(32), at(42));
    advance(id, InvestigationStatus.FINAL_REPORT, at(45), null);
    clock.set(at(45));
    ok("add an improvement point", wmo.supervision().addOutcome().addOutcome(SUPERVISOR, new AddOutcomeCommand(id,
        Outcome.ImprovementPoint.open("Incidentregistratie invoeren en maandelijks analyseren (fictief)", at(70)))));
    ok("add an improvement point", wmo.supervision().addOutcome().addOutcome(SUPERVISOR, new AddOutcomeCommand(id,
        Outcome.ImprovementPoint.open("Achterstallige evaluaties van ondersteuningsplannen inhalen (fictief)", at(80)))));
    clock.set(at(47));
    ok("inform the members", wmo.supervision().informMembers().informMembers(SUPERVISOR, new InformMembersCommand(id, List.empty())));
    advance(id, InvestigationStatus.FOLLOW_UP, at(50), null);
    clock.set(at(78));
    ok("follow up an improvement point", wmo.supervision().followUpImprovementPoint().followUpImprovementPoint(SUPERVISOR,
        new FollowUpImprovementPointCommand(id, 1)));
  }

  /** Opened without a signal, a first finding recorded; the work goes on. */
  private void proactive() {
    InvestigationId id = open(PROACTIVE, List.empty(), InvestigationScope.BOTH, at(60));
    advance(id, InvestigationStatus.INVESTIGATING, at(65), null);
    finding(id, at(85), "KW-01", "Deskundig en voldoende personeel", Verdict.MEETS,
        "Roosters en diploma's op orde (fictief)");
  }

  private void dismissal() {
    SignalId id = signal(DISMISSED, SignalSource.CONTRACT_MANAGER, SignalSeverity.LOW, at(25),
        "Wachttijd voor nieuwe cliënten liep in een maand op tot drie weken (fictief)");
    clock.set(at(28));
    ok("dismiss a signal", wmo.supervision().decideOnSignal().decideOnSignal(REGION, new DecideOnSignalCommand(id, null,
        "Verklaard door een tijdelijke personeelswissel; de wachttijd is weer binnen de norm (fictief)")));
    dismissed++;
  }

  private SignalId signal(AgbCode provider, SignalSource source, SignalSeverity severity, LocalDate on,
      String description) {
    clock.set(on);
    Actor by = source == SignalSource.MEMBER_MUNICIPALITY ? Actor.municipality(DemoRegion.OSS) : REGION;
    Signal s = ok("record a signal", wmo.supervision().recordSignal().recordSignal(by,
        new RecordSignalCommand(provider, source, description, on, severity)));
    signals++;
    return s.id();
  }

  private InvestigationId open(AgbCode provider, List<SignalId> on, InvestigationScope scope, LocalDate day) {
    clock.set(day);
    Investigation opened = ok("open an investigation", wmo.supervision().openInvestigation().openInvestigation(SUPERVISOR,
        new OpenInvestigationCommand(provider, on, scope, ProviderDeliveryForm.IN_KIND)));
    investigations++;
    return opened.id();
  }

  private void advance(InvestigationId id, InvestigationStatus to, LocalDate day, LocalDate responseDue) {
    clock.set(day);
    ok("advance an investigation", wmo.supervision().advanceInvestigation().advanceInvestigation(SUPERVISOR,
        new AdvanceInvestigationCommand(id, to, responseDue)));
  }

  private void finding(InvestigationId id, LocalDate day, String code, String name, Verdict verdict, String note) {
    clock.set(day);
    ok("record a finding", wmo.supervision().recordFinding().recordFinding(SUPERVISOR,
        new RecordFindingCommand(id, code, name, verdict, note)));
  }
}
