package nl.wmokader.core.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.contracting.application.AdmissionServices;
import nl.wmokader.core.contracting.domain.AdmissionCondition;
import nl.wmokader.core.contracting.domain.ConditionCode;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.domain.Evidence;
import nl.wmokader.core.contracting.domain.EvidenceAlert;
import nl.wmokader.core.contracting.domain.EvidenceStatus;
import nl.wmokader.core.contracting.domain.OpenHouseTerms;
import nl.wmokader.core.contracting.domain.ProcurementPeriods;
import nl.wmokader.core.contracting.port.in.AdmitApplicationCommand;
import nl.wmokader.core.contracting.port.in.ApplyForAdmissionCommand;
import nl.wmokader.core.contracting.port.in.ListEvidenceAlertsQuery;
import nl.wmokader.core.contracting.port.in.SubmitEvidenceCommand;
import nl.wmokader.core.inmemory.InMemoryContractRepository;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * Open-house admission through its use cases, against a naive model that compares dates by hand:
 * admitted exactly when every required condition has evidence valid on the admission date (no
 * quota), and the evidence report agrees with a day-by-day scan.
 */
class AdmissionPropertiesTest implements WithQuickTheories {

  private static final DateRange PERIOD = ProcurementPeriods.PERIOD_2026_2028;
  private static final AgbCode PROVIDER = ContractingGen.referenceProviders().head().agb();

  /** A checklist, evidence submitted (by the provider) on it, and the day the region decides. */
  private record Case(Seq<AdmissionCondition> checklist, java.util.List<Evidence> evidence, LocalDate admissionDay,
      int withinDays) {}

  private static Gen<Case> cases() {
    return rs -> {
      Seq<AdmissionCondition> checklist = ContractingGen.checklists().generate(rs);
      List<Evidence> evidence = List.empty();
      for (AdmissionCondition condition : checklist) {
        int n = org.quicktheories.generators.SourceDSL.integers().between(0, 3).generate(rs);
        for (int i = 0; i < n; i++) {
          evidence = evidence.append(ContractingGen.evidenceFor(condition.code(), PERIOD).generate(rs));
        }
      }
      LocalDate day = PERIOD.start().minusDays(org.quicktheories.generators.SourceDSL.integers().between(-200, 200).generate(rs));
      return new Case(checklist, evidence.toJavaList(), day,
          org.quicktheories.generators.SourceDSL.integers().between(0, 120).generate(rs));
    };
  }

  private static boolean validOn(Evidence e, LocalDate day) {
    return !day.isBefore(e.validFrom()) && (e.expiresOn().isEmpty() || !day.isAfter(e.expiresOn().get()));
  }

  private static List<ConditionCode> unmet(Case c, LocalDate day) {
    return List.ofAll(c.checklist()).filter(AdmissionCondition::required).map(AdmissionCondition::code)
        .filter(code -> !List.ofAll(c.evidence()).exists(e -> e.condition().equals(code) && validOn(e, day)));
  }

  /** One application with its evidence submitted, through the use cases. */
  private static final class World {
    final MutableClock clock = new MutableClock(PERIOD.start().minusYears(1));
    final InMemoryProviderRepository providers = new InMemoryProviderRepository();
    final InMemoryContractRepository contracts = new InMemoryContractRepository();
    final AdmissionServices admission;
    final Contract applied;

    World(Case c) {
      admission = new AdmissionServices(providers, contracts, CatalogueFakes.everyProduct(),
          OpenHouseTerms.reference().withChecklist(c.checklist()), clock, new SequentialIds(), AccessPolicy.standard());
      Results.right(providers.save(ContractingGen.referenceProviders().head()));
      Contract contract = Results.right(admission.applyForAdmission(Actor.provider(PROVIDER),
          new ApplyForAdmissionCommand(PROVIDER, PERIOD, List.of(ContractingGen.PRODUCTS.get(0)))));
      for (Evidence e : c.evidence()) {
        contract = Results.right(admission.submitEvidence(Actor.provider(PROVIDER), new SubmitEvidenceCommand(
            contract.id(), e.condition(), e.reference(), e.validFrom(), e.expiresOn())));
      }
      applied = contract;
    }
  }

  @Test
  void admitted_exactly_when_every_required_condition_has_valid_evidence_on_the_admission_date() {
    qt().forAll(cases()).checkAssert(c -> {
      World world = new World(c);
      world.clock.set(c.admissionDay());
      List<ConditionCode> expectedUnmet = unmet(c, c.admissionDay());

      Either<DomainError, Contract> result = world.admission.admitApplication(Actor.region(),
          new AdmitApplicationCommand(world.applied.id()));

      assertThat(result.isRight()).as("%s on %s -> %s", c, c.admissionDay(), result).isEqualTo(expectedUnmet.isEmpty());
      Contract stored = world.contracts.findById(world.applied.id()).get();
      if (result.isRight()) {
        assertThat(stored.status()).isEqualTo(ContractStatus.ADMITTED);
        assertThat(stored.admittedOn()).isEqualTo(Option.some(c.admissionDay()));
      } else {
        ContractingError.AdmissionConditionsNotMet refused =
            Results.left(result, ContractingError.AdmissionConditionsNotMet.class);
        assertThat(refused.unmet()).isEqualTo(expectedUnmet);
        assertThat(stored).isEqualTo(world.applied);
      }
    });
  }

  @Test
  void every_provider_that_meets_the_conditions_is_admitted_there_is_no_quota() {
    qt().withExamples(20).forAll(integers().between(1, 12)).checkAssert(n -> {
      MutableClock clock = new MutableClock(PERIOD.start().minusMonths(3));
      InMemoryProviderRepository providers = new InMemoryProviderRepository();
      InMemoryContractRepository contracts = new InMemoryContractRepository();
      AdmissionServices admission = new AdmissionServices(providers, contracts, CatalogueFakes.everyProduct(),
          OpenHouseTerms.reference(), clock, new SequentialIds(), AccessPolicy.standard());
      for (var provider : ContractingGen.referenceProviders().take(n)) {
        Results.right(providers.save(provider));
        Contract contract = Results.right(admission.applyForAdmission(Actor.region(),
            new ApplyForAdmissionCommand(provider.agb(), PERIOD, List.of(ContractingGen.PRODUCTS.get(1)))));
        for (AdmissionCondition condition : OpenHouseTerms.reference().checklist()) {
          contract = Results.right(admission.submitEvidence(Actor.provider(provider.agb()), new SubmitEvidenceCommand(
              contract.id(), condition.code(), "DOC (fictief)", clock.today(), Option.none())));
        }
        assertThat(Results.right(admission.admitApplication(Actor.region(), new AdmitApplicationCommand(contract.id())))
            .status()).isEqualTo(ContractStatus.ADMITTED);
      }
    });
  }

  @Test
  void the_evidence_report_agrees_with_a_day_by_day_scan() {
    qt().forAll(cases()).checkAssert(c -> {
      World world = new World(c);
      LocalDate today = c.admissionDay();
      world.clock.set(today);

      Seq<EvidenceAlert> alerts = Results.right(world.admission.listEvidenceAlerts(Actor.region(),
          new ListEvidenceAlertsQuery(PROVIDER, c.withinDays())));

      List<EvidenceAlert> expected = List.empty();
      for (AdmissionCondition condition : List.ofAll(c.checklist()).filter(AdmissionCondition::required)) {
        List<Evidence> given = List.ofAll(c.evidence()).filter(e -> e.condition().equals(condition.code()));
        Option<LocalDate> lastExpiry = given.flatMap(Evidence::expiresOn).maxBy(d -> d);
        Option<LocalDate> lapse = Option.none();
        for (int d = 0; d <= c.withinDays() && lapse.isEmpty(); d++) {
          LocalDate day = today.plusDays(d);
          if (!given.exists(e -> validOn(e, day))) {
            lapse = Option.some(day);
          }
        }
        if (lapse.contains(today)) {
          boolean expired = given.exists(e -> e.expiresOn().exists(x -> x.isBefore(today)));
          expected = expected.append(new EvidenceAlert(world.applied.id(), condition.code(),
              expired ? EvidenceStatus.EXPIRED : EvidenceStatus.MISSING, today, lastExpiry));
        } else if (lapse.isDefined()) {
          expected = expected.append(new EvidenceAlert(world.applied.id(), condition.code(), EvidenceStatus.EXPIRING,
              lapse.get(), lastExpiry));
        }
      }
      assertThat(alerts).as(c.toString()).containsExactlyElementsOf(expected);
      assertThat(Results.right(world.admission.listEvidenceAlerts(Actor.provider(AgbCode.of("98000002")),
          new ListEvidenceAlertsQuery(PROVIDER, c.withinDays())))).as("another provider's alerts").isEmpty();
    });
  }
}
