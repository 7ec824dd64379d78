package nl.wmokader.core.contracting.application;

import static nl.wmokader.core.contracting.domain.ProcurementPeriods.PERIOD_2024_2025;
import static nl.wmokader.core.contracting.domain.ProcurementPeriods.PERIOD_2026_2028;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.CatalogueFakes;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.ConditionCode;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.domain.EvidenceAlert;
import nl.wmokader.core.contracting.domain.EvidenceStatus;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.domain.OpenHouseTerms;
import nl.wmokader.core.contracting.port.in.ActivateContractCommand;
import nl.wmokader.core.contracting.port.in.AdmitApplicationCommand;
import nl.wmokader.core.contracting.port.in.ApplyForAdmissionCommand;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.ListEvidenceAlertsQuery;
import nl.wmokader.core.contracting.port.in.SubmitEvidenceCommand;
import nl.wmokader.core.inmemory.InMemoryContractRepository;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/** Scenarios of open-house admission over the in-memory adapters. */
class AdmissionServicesTest {

  private static final AgbCode MAASOEVER = AgbCode.of("98000001");
  private static final AgbCode LINDEHOF = AgbCode.of("98000002");
  private static final ProductCode GUIDANCE = ProductCode.of("02A01");
  private static final ProductCode HOUSEHOLD_HELP = ProductCode.of("01A01");
  /** Only in the catalogue from 2026. */
  private static final ProductCode DAY_ACTIVITY = ProductCode.of("07A01");

  private final MutableClock clock = new MutableClock(LocalDate.of(2025, 9, 1));
  private final InMemoryProviderRepository providers = new InMemoryProviderRepository();
  private final InMemoryContractRepository contracts = new InMemoryContractRepository();
  private final AdmissionServices admission = new AdmissionServices(providers, contracts, CatalogueFakes.products(HashMap.of(
      GUIDANCE, DateRange.from(LocalDate.of(2020, 1, 1)),
      HOUSEHOLD_HELP, DateRange.from(LocalDate.of(2020, 1, 1)),
      DAY_ACTIVITY, DateRange.from(LocalDate.of(2026, 1, 1)))), OpenHouseTerms.reference(), clock, new SequentialIds(), AccessPolicy.standard());
  private final ContractServices lifecycle = new ContractServices(providers, contracts, CatalogueFakes.everyProduct(),
      clock, new SequentialIds(), AccessPolicy.standard());

  AdmissionServicesTest() {
    ContractingGen.referenceProviders().take(2).forEach(p -> Results.right(providers.save(p)));
  }

  private Contract applied() {
    return Results.right(admission.applyForAdmission(Actor.provider(MAASOEVER),
        new ApplyForAdmissionCommand(MAASOEVER, PERIOD_2026_2028, List.of(GUIDANCE, DAY_ACTIVITY))));
  }

  private Contract evidence(Contract c, ConditionCode condition, String from, String until) {
    return Results.right(admission.submitEvidence(Actor.provider(MAASOEVER), new SubmitEvidenceCommand(c.id(), condition,
        " Polis 123 (fictief) ", LocalDate.parse(from), Option.of(until).map(LocalDate::parse))));
  }

  @Test
  void a_provider_applies_submits_evidence_is_admitted_and_activated() {
    Contract applied = applied();
    assertThat(applied.status()).isEqualTo(ContractStatus.APPLIED);
    assertThat(applied.lots()).containsExactly(Lot.of(GUIDANCE, PERIOD_2026_2028), Lot.of(DAY_ACTIVITY, PERIOD_2026_2028));
    assertThat(applied.conditions()).isEqualTo(OpenHouseTerms.reference().checklist());

    Contract c = evidence(applied, ConditionCode.QUALITY_FRAMEWORK_DECLARATION, "2025-09-01", null);
    c = evidence(c, ConditionCode.CERTIFICATE, "2024-05-01", "2027-04-30");
    c = evidence(c, ConditionCode.INSURANCE, "2025-01-01", "2025-12-31");
    ContractingError.AdmissionConditionsNotMet missing = Results.left(
        admission.admitApplication(Actor.region(), new AdmitApplicationCommand(c.id())),
        ContractingError.AdmissionConditionsNotMet.class);
    assertThat(missing.unmet()).containsExactly(ConditionCode.CONDUCT_CERTIFICATE);

    c = evidence(c, ConditionCode.CONDUCT_CERTIFICATE, "2025-08-15", "2026-08-14");
    assertThat(c.evidence().last().reference()).isEqualTo("Polis 123 (fictief)");
    assertThat(c.evidence().last().submittedOn()).isEqualTo(clock.today());
    Contract admitted = Results.right(admission.admitApplication(Actor.region(), new AdmitApplicationCommand(c.id())));
    assertThat(admitted.status()).isEqualTo(ContractStatus.ADMITTED);
    assertThat(admitted.admittedOn()).isEqualTo(Option.some(clock.today()));

    Contract active = Results.right(lifecycle.activateContract(Actor.region(), new ActivateContractCommand(c.id())));
    assertThat(active.status()).isEqualTo(ContractStatus.ACTIVE);
    Results.left(admission.admitApplication(Actor.region(), new AdmitApplicationCommand(c.id())),
        ContractingError.WrongStatus.class);
  }

  @Test
  void expired_and_not_yet_valid_evidence_does_not_count_on_the_admission_date() {
    Contract c = applied();
    c = evidence(c, ConditionCode.QUALITY_FRAMEWORK_DECLARATION, "2025-09-02", null);
    c = evidence(c, ConditionCode.CERTIFICATE, "2024-05-01", "2025-08-31");
    c = evidence(c, ConditionCode.INSURANCE, "2025-01-01", "2025-09-01");
    c = evidence(c, ConditionCode.CONDUCT_CERTIFICATE, "2025-09-01", "2025-09-01");
    assertThat(Results.left(admission.admitApplication(Actor.region(), new AdmitApplicationCommand(c.id())),
        ContractingError.AdmissionConditionsNotMet.class).unmet())
        .containsExactly(ConditionCode.QUALITY_FRAMEWORK_DECLARATION, ConditionCode.CERTIFICATE);
    assertThat(contracts.findById(c.id()).get()).isEqualTo(c);
  }

  @Test
  void the_evidence_report_lists_missing_expired_and_expiring_evidence_per_provider() {
    Contract c = applied();
    c = evidence(c, ConditionCode.QUALITY_FRAMEWORK_DECLARATION, "2025-01-01", null);
    c = evidence(c, ConditionCode.CERTIFICATE, "2023-01-01", "2025-08-31");
    c = evidence(c, ConditionCode.INSURANCE, "2025-01-01", "2025-09-20");
    c = evidence(c, ConditionCode.INSURANCE, "2025-09-21", "2025-12-31");
    var alerts = Results.right(admission.listEvidenceAlerts(Actor.supervisor(), new ListEvidenceAlertsQuery(MAASOEVER, 30)));
    assertThat(alerts).containsExactly(
        new EvidenceAlert(c.id(), ConditionCode.CERTIFICATE, EvidenceStatus.EXPIRED, clock.today(),
            Option.some(LocalDate.of(2025, 8, 31))),
        new EvidenceAlert(c.id(), ConditionCode.CONDUCT_CERTIFICATE, EvidenceStatus.MISSING, clock.today(), Option.none()));
    var longer = Results.right(admission.listEvidenceAlerts(Actor.provider(MAASOEVER), new ListEvidenceAlertsQuery(MAASOEVER, 150)));
    assertThat(longer.map(EvidenceAlert::status)).containsExactly(EvidenceStatus.EXPIRED, EvidenceStatus.EXPIRING,
        EvidenceStatus.MISSING);
    assertThat(longer.get(1).lapsesOn()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(Results.right(admission.listEvidenceAlerts(Actor.provider(LINDEHOF), new ListEvidenceAlertsQuery(MAASOEVER, 30))))
        .isEmpty();
    Results.left(admission.listEvidenceAlerts(Actor.region(), new ListEvidenceAlertsQuery(AgbCode.of("98000099"), 30)),
        CommonError.NotFound.class);
    Results.left(admission.listEvidenceAlerts(Actor.region(), new ListEvidenceAlertsQuery(MAASOEVER, 400)), InvalidInput.class);
  }

  @Test
  void a_contract_concluded_directly_carries_the_checklist_so_its_missing_evidence_is_reported() {
    Contract direct = Results.right(lifecycle.contractProvider(Actor.region(),
        new ContractProviderCommand(LINDEHOF, PERIOD_2026_2028, List.empty())));
    assertThat(direct.status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(Results.right(admission.listEvidenceAlerts(Actor.region(), new ListEvidenceAlertsQuery(LINDEHOF, 0))))
        .hasSize(4).allMatch(a -> a.status() == EvidenceStatus.MISSING);
  }

  @Test
  void bad_applications_are_refused_and_store_nothing() {
    InvalidInput invalid = Results.left(admission.applyForAdmission(Actor.region(),
        new ApplyForAdmissionCommand(null, null, List.of(GUIDANCE, null, GUIDANCE))), InvalidInput.class);
    assertThat(invalid.errors().map(e -> e.field() + ":" + e.code()))
        .containsExactly("provider:required", "period:required", "products[1]:required", "products[2]:duplicate");
    Results.left(admission.applyForAdmission(Actor.region(), new ApplyForAdmissionCommand(MAASOEVER, PERIOD_2026_2028,
        List.empty())), InvalidInput.class);
    Results.left(admission.applyForAdmission(Actor.region(), new ApplyForAdmissionCommand(AgbCode.of("98000099"),
        PERIOD_2026_2028, List.of(GUIDANCE))), CommonError.NotFound.class);
    Results.left(admission.applyForAdmission(Actor.region(), new ApplyForAdmissionCommand(MAASOEVER,
        DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), List.of(GUIDANCE))),
        ContractingError.NotAProcurementPeriod.class);
    Results.left(admission.applyForAdmission(Actor.region(), new ApplyForAdmissionCommand(MAASOEVER, PERIOD_2024_2025,
        List.of(DAY_ACTIVITY))), ContractingError.ProductNotInCatalogue.class);
    assertThat(contracts.all()).isEmpty();

    Contract first = applied();
    assertThat(Results.left(admission.applyForAdmission(Actor.region(), new ApplyForAdmissionCommand(MAASOEVER,
        PERIOD_2026_2028, List.of(HOUSEHOLD_HELP))), ContractingError.ContractsOverlap.class).existing()).isEqualTo(first.id());
    assertThat(contracts.all()).containsExactly(first);
  }

  @Test
  void bad_evidence_is_refused_and_stores_nothing() {
    Contract c = applied();
    InvalidInput invalid = Results.left(admission.submitEvidence(Actor.provider(MAASOEVER), new SubmitEvidenceCommand(c.id(),
        null, " ", LocalDate.of(2025, 9, 1), Option.some(LocalDate.of(2025, 8, 31)))), InvalidInput.class);
    assertThat(invalid.errors().map(FieldError::field)).containsExactly("condition", "reference", "expiresOn");
    assertThat(invalid.errors().last().code()).isEqualTo("before_valid_from");
    Results.left(admission.submitEvidence(Actor.provider(MAASOEVER), new SubmitEvidenceCommand(c.id(),
        ConditionCode.of("ISO_27001"), "Certificaat", LocalDate.of(2025, 9, 1), Option.none())),
        ContractingError.UnknownCondition.class);
    Results.left(admission.submitEvidence(Actor.provider(LINDEHOF), new SubmitEvidenceCommand(c.id(),
        ConditionCode.INSURANCE, "Polis", LocalDate.of(2025, 9, 1), Option.none())), CommonError.NotFound.class);
    Results.left(admission.submitEvidence(Actor.supervisor(), new SubmitEvidenceCommand(c.id(),
        ConditionCode.INSURANCE, "Polis", LocalDate.of(2025, 9, 1), Option.none())), CommonError.Forbidden.class);
    assertThat(contracts.findById(c.id()).get()).isEqualTo(c);
  }

  @Test
  void only_the_provider_itself_or_the_region_applies_and_only_the_region_admits() {
    Results.left(admission.applyForAdmission(Actor.provider(LINDEHOF), new ApplyForAdmissionCommand(MAASOEVER,
        PERIOD_2026_2028, List.of(GUIDANCE))), CommonError.Forbidden.class);
    for (Actor actor : List.of(Actor.municipality(MunicipalityCode.of("0828")), Actor.supervisor())) {
      Results.left(admission.applyForAdmission(actor, new ApplyForAdmissionCommand(MAASOEVER, PERIOD_2026_2028,
          List.of(GUIDANCE))), CommonError.Forbidden.class);
    }
    Contract c = Results.right(admission.applyForAdmission(Actor.region(), new ApplyForAdmissionCommand(MAASOEVER,
        PERIOD_2026_2028, List.of(GUIDANCE))));
    Results.left(admission.admitApplication(Actor.provider(MAASOEVER), new AdmitApplicationCommand(c.id())),
        CommonError.Forbidden.class);
    assertThat(contracts.all()).containsExactly(c);
  }
}
