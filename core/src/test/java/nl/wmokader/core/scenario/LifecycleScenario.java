package nl.wmokader.core.scenario;

import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.WmoKaderBuilder;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.CompleteAssessmentCommand;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.GrantTerms;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartCommand;
import nl.wmokader.core.indication.port.in.ReportNeedCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.obligations.domain.ObligationEvaluation;
import nl.wmokader.core.obligations.domain.ObligationEvaluations;
import nl.wmokader.core.obligations.domain.ObligationKind;
import nl.wmokader.core.obligations.port.in.EvaluateObligationsQuery;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.region.port.in.RecordInhabitantsCommand;
import nl.wmokader.core.settlement.domain.CentralPayment;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.domain.MemberSettlement;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.domain.SignalSource;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.supervision.port.in.AddOutcomeCommand;
import nl.wmokader.core.supervision.port.in.AdvanceInvestigationCommand;
import nl.wmokader.core.supervision.port.in.OpenInvestigationCommand;
import nl.wmokader.core.supervision.port.in.RecordFindingCommand;
import nl.wmokader.core.supervision.port.in.RecordSignalCommand;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/**
 * A year of one client's support through every module of the facade, as an embedder would call
 * it: report → decision → assignment → start of delivery → monthly claims → settlement and the
 * central payment → a supervision outcome with a recovery → the next month's settlement shows it →
 * the provider's obligations of that year reflect its turnover and the finding. Every adapter runs
 * it (in memory, H2, PostgreSQL): each subclass hands over its driven ports.
 */
public abstract class LifecycleScenario {

  private static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  private static final Actor REGION = Actor.region();
  private static final Actor SUPERVISOR = Actor.supervisor();
  private static final Actor BERNHEZE_STAFF = Actor.municipality(BERNHEZE);
  private static final AgbCode MAASOEVER = AgbCode.of("98000001");
  private static final Actor MAASOEVER_STAFF = Actor.provider(MAASOEVER);
  private static final ProductCode GUIDANCE = ProductCode.of("02A01");
  private static final Bsn CLIENT = SharedGen.testBsnFrom(2718).get();
  private static final long TARIFF_CENTS = 6_540;

  /** A builder over fresh, empty stores of the adapter under test. */
  protected abstract WmoKaderBuilder freshStores();

  private final MutableClock clock = new MutableClock(LocalDate.of(2026, 1, 5));

  @Test
  void a_year_of_support_from_report_to_obligations() {
    WmoKader wmo = freshStores().clock(clock).ids(new SequentialIds()).build();
    theRegionItsCatalogueAndAContractedProvider(wmo);

    Assignment assigned = assignedAndStarted(wmo);

    // February and March claimed early in the next month: each settles in the month it is answered.
    clock.set(LocalDate.of(2026, 3, 3));
    Claim february = claim(wmo, YearMonth.of(2026, 2), 9);
    clock.set(LocalDate.of(2026, 4, 2));
    Claim march = claim(wmo, YearMonth.of(2026, 3), 13);
    assertThat(february.approvedTotal()).isEqualTo(Money.ofCents(9 * TARIFF_CENTS));
    assertThat(march.approvedTotal()).isEqualTo(Money.ofCents(13 * TARIFF_CENTS));
    assertThat(february.lines().map(l -> l.line().assignment())).containsExactly(assigned.id());

    MemberSettlement marchSettled = right(wmo.settlement().getMemberSettlement().getMemberSettlement(BERNHEZE_STAFF,
        BERNHEZE, YearMonth.of(2026, 3)));
    assertThat(marchSettled.debits()).isEqualTo(february.approvedTotal());
    assertThat(marchSettled.recovered()).isEqualTo(Money.ZERO);
    CentralPayment marchPaid = right(wmo.settlement().getCentralPayment().getCentralPayment(REGION, YearMonth.of(2026, 3)));
    assertThat(marchPaid.totalPaid()).isEqualTo(february.approvedTotal());

    // Supervision finds a norm not met and recovers part of what Bernheze paid, in April.
    Investigation decided = investigatedWithARecovery(wmo, Money.ofCents(20_000));
    assertThat(decided.outcomes()).hasSize(1);

    MemberSettlement aprilSettled = right(wmo.settlement().getMemberSettlement().getMemberSettlement(BERNHEZE_STAFF,
        BERNHEZE, YearMonth.of(2026, 4)));
    assertThat(aprilSettled.debits()).isEqualTo(march.approvedTotal());
    assertThat(aprilSettled.recovered()).isEqualTo(Money.ofCents(-20_000));
    assertThat(aprilSettled.total()).isEqualTo(march.approvedTotal().minus(Money.ofCents(20_000)));
    CentralPayment aprilPaid = right(wmo.settlement().getCentralPayment().getCentralPayment(REGION, YearMonth.of(2026, 4)));
    // the central municipality pays the provider the month's claims less what it takes back
    assertThat(aprilPaid.payments().filter(p -> p.provider().equals(MAASOEVER)).map(p -> p.payable()))
        .containsExactly(march.approvedTotal().minus(Money.ofCents(20_000)));
    // the month before is final and unchanged by it
    assertThat(right(wmo.settlement().getMemberSettlement().getMemberSettlement(REGION, BERNHEZE, YearMonth.of(2026, 3))))
        .isEqualTo(marchSettled);

    // The year's obligations: turnover from the approved claims, the finding against the quality framework.
    ObligationEvaluations year = right(wmo.obligations().evaluateObligations().evaluateObligations(REGION,
        new EvaluateObligationsQuery(MAASOEVER, 2026)));
    ObligationEvaluation.Spending transformation = (ObligationEvaluation.Spending) year.of(ObligationKind.TRANSFORMATION)
        .details();
    assertThat(transformation.turnover()).isEqualTo(february.approvedTotal().plus(march.approvedTotal()));
    ObligationEvaluation.Quality quality = (ObligationEvaluation.Quality) year.of(ObligationKind.QUALITY_FRAMEWORK)
        .details();
    assertThat(quality.contradictingFindings()).isEqualTo(1);
  }

  private void theRegionItsCatalogueAndAContractedProvider(WmoKader wmo) {
    var reference = RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(REGION, new DefineRegionCommand(reference.name(), reference.members())));
    reference.inhabitantCounts().forEach(c -> right(wmo.region().recordInhabitants().recordInhabitants(REGION,
        new RecordInhabitantsCommand(c.municipality(), c.referenceDate(), c.inhabitants()))));
    right(wmo.catalogue().defineProduct().defineProduct(REGION, new DefineProductCommand(GUIDANCE,
        ProductCategory.GUIDANCE, "Individuele begeleiding (demo)", Unit.HOUR, ExecutionVariant.EFFORT_BASED,
        Option.some(Frequency.PER_WEEK), LocalDate.of(2024, 1, 1), Option.none(), Option.none())));
    right(wmo.catalogue().setReferenceTariff().setReferenceTariff(REGION,
        new SetReferenceTariffCommand(GUIDANCE, Money.ofCents(TARIFF_CENTS), LocalDate.of(2026, 1, 1), Option.none())));
    right(wmo.contracting().registerProvider().registerProvider(REGION,
        ContractingGen.registration(MAASOEVER, "Zorggroep De Maasoever (fictief)")));
    DateRange period = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
    right(wmo.contracting().contractProvider().contractProvider(REGION,
        new ContractProviderCommand(MAASOEVER, period, List.of(new NewLot(GUIDANCE, period, Option.none())))));
  }

  private Assignment assignedAndStarted(WmoKader wmo) {
    Indication reported = right(wmo.indication().reportNeed().reportNeed(BERNHEZE_STAFF,
        ReportNeedCommand.of(CLIENT, BERNHEZE, clock.today())));
    clock.set(LocalDate.of(2026, 1, 20));
    right(wmo.indication().completeAssessment().completeAssessment(BERNHEZE_STAFF,
        new CompleteAssessmentCommand(reported.id(), clock.today())));
    right(wmo.indication().submitApplication().submitApplication(BERNHEZE_STAFF,
        SubmitApplicationCommand.onCase(reported.id(), clock.today())));
    clock.set(LocalDate.of(2026, 1, 28));
    GrantTerms threeHoursAWeek = new GrantTerms(ProductCategory.GUIDANCE, Option.some(GUIDANCE), DeliveryForm.IN_KIND,
        3, Unit.HOUR, Frequency.PER_WEEK, LocalDate.of(2026, 2, 1), Option.some(LocalDate.of(2026, 12, 31)),
        List.of("Runs the household independently"), LocalDate.of(2026, 6, 30));
    Indication decided = right(wmo.indication().decideOnApplication().decideOnApplication(BERNHEZE_STAFF,
        DecideOnApplicationCommand.grant(reported.id(), clock.today(), threeHoursAWeek)));
    clock.set(LocalDate.of(2026, 1, 29));
    Assignment assigned = right(wmo.indication().issueAssignment().issueAssignment(BERNHEZE_STAFF,
        new IssueAssignmentCommand(decided.id(), MAASOEVER, AssignmentType.SPECIFIC, Option.some(GUIDANCE),
            Option.some(new Volume(3, Unit.HOUR, Frequency.PER_WEEK)), LocalDate.of(2026, 2, 1),
            Option.some(LocalDate.of(2026, 12, 31)))));
    clock.set(LocalDate.of(2026, 2, 9));
    return right(wmo.indication().reportDeliveryStart().reportDeliveryStart(MAASOEVER_STAFF,
        new ReportDeliveryStartCommand(assigned.id(), clock.today())));
  }

  /** The provider's claim of {@code hours} delivered in {@code month} on the client's one assignment. */
  private Claim claim(WmoKader wmo, YearMonth month, long hours) {
    Assignment assignment = right(wmo.indication().listAssignments().listAssignments(MAASOEVER_STAFF,
        nl.wmokader.core.indication.port.in.ListAssignmentsQuery.firstPage())).items().head();
    LocalDate from = month.atDay(1).isBefore(assignment.validity().start()) ? assignment.validity().start() : month.atDay(1);
    // as a message carries it: through the command's factory, identifiers and codes as text
    ClaimLineInput line = new ClaimLineInput("L" + month.getMonthValue(), null, assignment.id().toString(),
        CLIENT.value(), ProductCategory.GUIDANCE.code(), GUIDANCE.value(), from, month.atEndOfMonth(), hours,
        Unit.HOUR.code(), TARIFF_CENTS, hours * TARIFF_CENTS, DebitCredit.DEBIT);
    SubmitClaimCommand command = right(SubmitClaimCommand.of(BERNHEZE.value(), month.toString(), "D-" + month,
        hours * TARIFF_CENTS, List.of(line)));
    Claim claim = right(wmo.settlement().submitClaim().submitClaim(MAASOEVER_STAFF, command));
    assertThat(claim.rejectedLines()).as("every line approved").isEmpty();
    return claim;
  }

  private Investigation investigatedWithARecovery(WmoKader wmo, Money recovered) {
    clock.set(LocalDate.of(2026, 4, 6));
    Signal signal = right(wmo.supervision().recordSignal().recordSignal(REGION, new RecordSignalCommand(MAASOEVER,
        SignalSource.CLIENT, "Uren gedeclareerd die niet geleverd zijn", null, SignalSeverity.HIGH)));
    Investigation investigation = right(wmo.supervision().openInvestigation().openInvestigation(SUPERVISOR,
        new OpenInvestigationCommand(MAASOEVER, List.of(signal.id()), InvestigationScope.BOTH,
            ProviderDeliveryForm.IN_KIND)));
    for (InvestigationStatus step : List.of(InvestigationStatus.INVESTIGATING, InvestigationStatus.DRAFT_REPORT,
        InvestigationStatus.PROVIDER_RESPONSE, InvestigationStatus.FINAL_REPORT)) {
      clock.set(clock.today().plusDays(1));
      if (step == InvestigationStatus.DRAFT_REPORT) {
        right(wmo.supervision().recordFinding().recordFinding(SUPERVISOR, new RecordFindingCommand(investigation.id(),
            "KK-3.1", "Geleverde zorg sluit aan op de toewijzing", Verdict.DOES_NOT_MEET, "Uren niet aantoonbaar")));
      }
      investigation = right(wmo.supervision().advanceInvestigation().advanceInvestigation(SUPERVISOR,
          new AdvanceInvestigationCommand(investigation.id(), step,
              step == InvestigationStatus.PROVIDER_RESPONSE ? clock.today().plusDays(14) : null)));
    }
    return right(wmo.supervision().addOutcome().addOutcome(SUPERVISOR, new AddOutcomeCommand(investigation.id(),
        Outcome.Recovery.of(new Outcome.Recovery.Part(BERNHEZE, recovered)))));
  }
}
