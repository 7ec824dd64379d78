package nl.wmokader.core.scenario;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.DeliveryRightQuery;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentError;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationStatus;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.CompleteAssessmentCommand;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.GrantTerms;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.indication.port.in.ListOverdueQuery;
import nl.wmokader.core.indication.port.in.ListWaitingTimesQuery;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartCommand;
import nl.wmokader.core.indication.port.in.ReportNeedCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.region.port.in.RecordInhabitantsCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import nl.wmokader.core.testing.TamperableTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A resident of Bernheze reports a need for guidance, is assessed, applies, is granted three hours
 * a week in kind; the municipality assigns a contracted provider, which starts delivery. Every
 * step through the facade, as an embedder would call it.
 */
class ReportToDeliveryScenarioTest {

  private static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  private static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  private static final Actor REGION = Actor.region();
  private static final Actor BERNHEZE_STAFF = Actor.municipality(BERNHEZE);
  private static final AgbCode MAASOEVER = AgbCode.of("98000001");
  private static final AgbCode NOT_CONTRACTED = AgbCode.of("98000002");
  private static final ProductCode GUIDANCE = ProductCode.of("02A01");
  private static final Bsn CLIENT = SharedGen.testBsnFrom(1234).get();

  private final MutableClock clock = new MutableClock(LocalDate.of(2025, 12, 1));
  private final TamperableTrail trail = new TamperableTrail();
  private WmoKader wmo;

  @BeforeEach
  void a_region_with_a_catalogue_and_a_contracted_provider() {
    wmo = new InMemoryAdapters().builder().clock(clock).ids(new SequentialIds()).auditTrail(trail).build();
    var reference = RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(REGION, new DefineRegionCommand(reference.name(), reference.members())));
    reference.inhabitantCounts().forEach(c -> right(wmo.region().recordInhabitants().recordInhabitants(REGION,
        new RecordInhabitantsCommand(c.municipality(), c.referenceDate(), c.inhabitants()))));

    right(wmo.catalogue().defineProduct().defineProduct(REGION, new DefineProductCommand(GUIDANCE, ProductCategory.GUIDANCE,
        "Individuele begeleiding (demo)", Unit.HOUR, ExecutionVariant.EFFORT_BASED, Option.some(Frequency.PER_WEEK),
        LocalDate.of(2024, 1, 1), Option.none(), Option.none())));
    right(wmo.catalogue().setReferenceTariff().setReferenceTariff(REGION,
        new SetReferenceTariffCommand(GUIDANCE, Money.euros(65, 40), LocalDate.of(2026, 1, 1), Option.none())));

    right(wmo.contracting().registerProvider().registerProvider(REGION, ContractingGen.registration(MAASOEVER, "Zorggroep De Maasoever (fictief)")));
    right(wmo.contracting().registerProvider().registerProvider(REGION, ContractingGen.registration(NOT_CONTRACTED, "Thuiszorg Zonder Contract (fictief)")));
    DateRange period = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
    right(wmo.contracting().contractProvider().contractProvider(REGION,
        new ContractProviderCommand(MAASOEVER, period, List.of(new NewLot(GUIDANCE, period, Option.none())))));
  }

  @Test
  void from_report_to_the_start_of_delivery() {
    clock.set(LocalDate.of(2026, 1, 5));
    Indication reported = right(wmo.indication().reportNeed().reportNeed(BERNHEZE_STAFF, ReportNeedCommand.of(CLIENT, BERNHEZE, clock.today())));
    assertThat(reported.status()).isEqualTo(IndicationStatus.REPORTED);

    clock.set(LocalDate.of(2026, 1, 20));
    right(wmo.indication().completeAssessment().completeAssessment(BERNHEZE_STAFF, new CompleteAssessmentCommand(reported.id(), clock.today())));
    clock.set(LocalDate.of(2026, 1, 21));
    right(wmo.indication().submitApplication().submitApplication(BERNHEZE_STAFF, SubmitApplicationCommand.onCase(reported.id(), clock.today())));

    clock.set(LocalDate.of(2026, 1, 28));
    GrantTerms threeHoursAWeek = new GrantTerms(ProductCategory.GUIDANCE, Option.some(GUIDANCE), DeliveryForm.IN_KIND,
        3, Unit.HOUR, Frequency.PER_WEEK, LocalDate.of(2026, 2, 1), Option.some(LocalDate.of(2026, 12, 31)),
        List.of("Runs the household independently", "Keeps the daily routine"), LocalDate.of(2026, 6, 30));
    Indication decided = right(wmo.indication().decideOnApplication().decideOnApplication(BERNHEZE_STAFF,
        DecideOnApplicationCommand.grant(reported.id(), clock.today(), threeHoursAWeek)));
    assertThat(decided.status()).isEqualTo(IndicationStatus.GRANTED);
    assertThat(decided.grant().get().volume()).isEqualTo(new Volume(3, Unit.HOUR, Frequency.PER_WEEK));
    assertThat(right(wmo.indication().listOverdue().listOverdue(BERNHEZE_STAFF, ListOverdueQuery.all(PageRequest.first()))).total())
        .as("decided within the two-week term").isZero();

    // The tariff the assignment will be paid at: the reference tariff, as the lot has none of its own.
    var right = right(wmo.contracting().findDeliveryRight().findDeliveryRight(BERNHEZE_STAFF,
        new DeliveryRightQuery(MAASOEVER, GUIDANCE, LocalDate.of(2026, 2, 1))));
    assertThat(right.get().tariff()).isEqualTo(Money.euros(65, 40));

    clock.set(LocalDate.of(2026, 1, 29));
    IssueAssignmentCommand toMaasoever = new IssueAssignmentCommand(decided.id(), MAASOEVER, AssignmentType.SPECIFIC,
        Option.some(GUIDANCE), Option.some(new Volume(3, Unit.HOUR, Frequency.PER_WEEK)),
        LocalDate.of(2026, 2, 1), Option.some(LocalDate.of(2026, 12, 31)));
    Assignment assigned = right(wmo.indication().issueAssignment().issueAssignment(BERNHEZE_STAFF, toMaasoever));
    assertThat(assigned.status()).isEqualTo(AssignmentStatus.ASSIGNED);

    clock.set(LocalDate.of(2026, 2, 9));
    Assignment started = right(wmo.indication().reportDeliveryStart().reportDeliveryStart(Actor.provider(MAASOEVER),
        new ReportDeliveryStartCommand(assigned.id(), clock.today())));
    assertThat(started.status()).isEqualTo(AssignmentStatus.DELIVERING);

    var waiting = right(wmo.indication().listWaitingTimes().listWaitingTimes(REGION, ListWaitingTimesQuery.all()));
    assertThat(waiting).hasSize(1);
    assertThat(waiting.get().maxDays()).isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 9)));

    // Each party sees what is theirs, and nothing else.
    assertThat(right(wmo.indication().listAssignments().listAssignments(Actor.provider(MAASOEVER), ListAssignmentsQuery.firstPage())).total()).isEqualTo(1);
    assertThat(right(wmo.indication().listAssignments().listAssignments(Actor.provider(NOT_CONTRACTED), ListAssignmentsQuery.firstPage())).total()).isZero();
    left(wmo.indication().getIndication().getIndication(Actor.municipality(BOEKEL), decided.id()), CommonError.NotFound.class);
    left(wmo.indication().getAssignment().getAssignment(Actor.provider(NOT_CONTRACTED), assigned.id()), CommonError.NotFound.class);
  }

  @Test
  void an_uncontracted_provider_cannot_be_assigned_and_stacking_is_refused() {
    clock.set(LocalDate.of(2026, 1, 21));
    Indication applied = right(wmo.indication().submitApplication().submitApplication(BERNHEZE_STAFF,
        SubmitApplicationCommand.withoutReport(CLIENT, BERNHEZE, Option.none(), clock.today())));
    Indication decided = right(wmo.indication().decideOnApplication().decideOnApplication(BERNHEZE_STAFF,
        DecideOnApplicationCommand.grant(applied.id(), clock.today(), new GrantTerms(ProductCategory.GUIDANCE,
            Option.some(GUIDANCE), DeliveryForm.IN_KIND, 2, Unit.HOUR, Frequency.PER_WEEK, LocalDate.of(2026, 2, 1),
            Option.some(LocalDate.of(2026, 7, 31)), List.of("Keeps a job"), LocalDate.of(2026, 5, 1)))));

    IssueAssignmentCommand base = new IssueAssignmentCommand(decided.id(), NOT_CONTRACTED, AssignmentType.SPECIFIC,
        Option.some(GUIDANCE), Option.some(new Volume(2, Unit.HOUR, Frequency.PER_WEEK)),
        LocalDate.of(2026, 2, 1), Option.some(LocalDate.of(2026, 7, 31)));
    left(wmo.indication().issueAssignment().issueAssignment(BERNHEZE_STAFF, base), AssignmentError.ProviderNotContracted.class);

    IssueAssignmentCommand contracted = new IssueAssignmentCommand(decided.id(), MAASOEVER, base.type(), base.product(),
        base.volume(), base.start(), base.end());
    right(wmo.indication().issueAssignment().issueAssignment(BERNHEZE_STAFF, contracted));
    left(wmo.indication().issueAssignment().issueAssignment(BERNHEZE_STAFF, contracted), AssignmentError.Stacking.class);
  }

  /** What {@code step} added to the trail, each entry described by who, what, which resource, outcome and client. */
  private java.util.List<String> recordedBy(Runnable step) {
    var before = trail.all().map(e -> e.chain() + "#" + e.seq()).toSet();
    step.run();
    return trail.all().filter(e -> !before.contains(e.chain() + "#" + e.seq())).map(e -> {
      var r = e.record();
      return r.actor().role() + r.actor().municipality().map(m -> ":" + m.value()).getOrElse("")
          + r.actor().provider().map(p -> ":" + p.value()).getOrElse("") + " " + r.action() + " " + r.resource() + " "
          + r.outcome() + " " + (r.clients().isEmpty() ? "-" : r.clients().map(Bsn::value).mkString(","));
    }).toJavaList();
  }

  @Test
  void every_access_to_the_clients_data_is_on_record_one_to_one_and_a_changed_record_is_found() {
    String c = CLIENT.value();
    String bernheze = "MUNICIPALITY:1721";
    clock.set(LocalDate.of(2026, 1, 21));
    Indication[] applied = new Indication[1];
    assertThat(recordedBy(() -> applied[0] = right(wmo.indication().submitApplication().submitApplication(BERNHEZE_STAFF,
        SubmitApplicationCommand.withoutReport(CLIENT, BERNHEZE, Option.none(), clock.today())))))
        .containsExactly(bernheze + " CREATE indication ALLOWED " + c);
    assertThat(recordedBy(() -> right(wmo.indication().getIndication().getIndication(BERNHEZE_STAFF, applied[0].id()))))
        .containsExactly(bernheze + " READ indication ALLOWED " + c);
    assertThat(recordedBy(() -> left(wmo.indication().getIndication().getIndication(Actor.municipality(BOEKEL),
        applied[0].id()), CommonError.NotFound.class)))
        .as("another member's staff: refused, and the refusal names the client").containsExactly(
            "MUNICIPALITY:0755 READ indication REFUSED " + c);
    assertThat(recordedBy(() -> left(wmo.indication().getIndication().getIndication(Actor.provider(MAASOEVER),
        applied[0].id()), CommonError.Forbidden.class)))
        .as("a role that may not read cases at all").containsExactly("PROVIDER:98000001 READ indication REFUSED -");
    assertThat(recordedBy(() -> right(wmo.indication().listIndications().listIndications(REGION,
        new nl.wmokader.core.indication.port.in.ListIndicationsQuery(PageRequest.first())))))
        .containsExactly("REGION READ indication ALLOWED " + c);

    Indication[] decided = new Indication[1];
    assertThat(recordedBy(() -> decided[0] = right(wmo.indication().decideOnApplication().decideOnApplication(BERNHEZE_STAFF,
        DecideOnApplicationCommand.grant(applied[0].id(), clock.today(), new GrantTerms(ProductCategory.GUIDANCE,
            Option.some(GUIDANCE), DeliveryForm.IN_KIND, 2, Unit.HOUR, Frequency.PER_WEEK, LocalDate.of(2026, 2, 1),
            Option.some(LocalDate.of(2026, 7, 31)), List.of("Keeps a job"), LocalDate.of(2026, 5, 1)))))))
        .containsExactly(bernheze + " CHANGE indication ALLOWED " + c);
    Assignment[] assigned = new Assignment[1];
    assertThat(recordedBy(() -> assigned[0] = right(wmo.indication().issueAssignment().issueAssignment(BERNHEZE_STAFF,
        new IssueAssignmentCommand(decided[0].id(), MAASOEVER, AssignmentType.SPECIFIC, Option.some(GUIDANCE),
            Option.some(new Volume(2, Unit.HOUR, Frequency.PER_WEEK)), LocalDate.of(2026, 2, 1),
            Option.some(LocalDate.of(2026, 7, 31)))))))
        .containsExactly(bernheze + " CREATE assignment ALLOWED " + c);
    assertThat(recordedBy(() -> left(wmo.indication().issueAssignment().issueAssignment(BERNHEZE_STAFF,
        new IssueAssignmentCommand(decided[0].id(), NOT_CONTRACTED, AssignmentType.SPECIFIC, Option.some(GUIDANCE),
            Option.some(new Volume(2, Unit.HOUR, Frequency.PER_WEEK)), LocalDate.of(2026, 2, 1),
            Option.some(LocalDate.of(2026, 7, 31)))), AssignmentError.ProviderNotContracted.class)))
        .as("a change the rules refuse changes nothing and records nothing").isEmpty();

    clock.set(LocalDate.of(2026, 2, 2));
    assertThat(recordedBy(() -> right(wmo.indication().reportDeliveryStart().reportDeliveryStart(Actor.provider(MAASOEVER),
        new ReportDeliveryStartCommand(assigned[0].id(), clock.today())))))
        .containsExactly("PROVIDER:98000001 CHANGE assignment ALLOWED " + c);
    assertThat(recordedBy(() -> left(wmo.indication().getAssignment().getAssignment(Actor.provider(NOT_CONTRACTED),
        assigned[0].id()), CommonError.NotFound.class)))
        .containsExactly("PROVIDER:98000002 READ assignment REFUSED " + c);
    assertThat(recordedBy(() -> right(wmo.indication().listAssignments().listAssignments(Actor.provider(MAASOEVER),
        ListAssignmentsQuery.firstPage())))).containsExactly("PROVIDER:98000001 READ assignment ALLOWED " + c);

    DateRange today = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    var clean = right(wmo.audit().verifyAuditTrail().verifyAuditTrail(REGION, today));
    assertThat(clean.clean()).isTrue();
    assertThat(clean.entries()).isEqualTo(trail.all().size());

    var victim = trail.all().find(e -> e.record().outcome() == nl.wmokader.core.audit.domain.AuditOutcome.REFUSED).get();
    trail.alter(victim, new nl.wmokader.core.audit.domain.AuditRecord(victim.record().at(), victim.record().actor(),
        victim.record().clients(), victim.record().action(), victim.record().resource(), victim.record().resourceId(),
        nl.wmokader.core.audit.domain.AuditOutcome.ALLOWED));
    var tampered = right(wmo.audit().verifyAuditTrail().verifyAuditTrail(REGION, today));
    assertThat(tampered.clean()).isFalse();
    assertThat(tampered.breaches()).extracting(b -> b.chain().value() + "#" + b.seq() + " " + b.kind())
        .contains(victim.chain().value() + "#" + victim.seq() + " ALTERED");
  }
}
