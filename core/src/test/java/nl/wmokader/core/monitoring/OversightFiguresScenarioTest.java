package nl.wmokader.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.monitoring.domain.BudgetFigures;
import nl.wmokader.core.monitoring.domain.ComplianceFigures;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.SupervisionFigures;
import nl.wmokader.core.monitoring.port.in.OversightFiguresUseCase;
import nl.wmokader.core.obligations.domain.EvaluationStatus;
import nl.wmokader.core.obligations.domain.ObligationKind;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.settlement.domain.Budget;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.supervision.domain.CalamityStatus;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.SignalStatus;
import nl.wmokader.core.supervision.port.out.SupervisionStoreFixture;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/**
 * The budget, supervision and compliance figures through the facade on the in-memory adapters:
 * who reads them, that they come from the upstream subdomains' own answers, and that a change shows
 * at once. Today is 1 May 2026.
 */
class OversightFiguresScenarioTest {

  private static final Region REFERENCE = RegionGen.reference();
  private static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  private static final FigureFilter SPRING = FigureFilter.months(YearMonth.of(2026, 1), YearMonth.of(2026, 4));
  private static final List<AgbCode> PROVIDERS = ContractingGen.referenceProviders().take(3).map(p -> p.agb());

  private final InMemoryAdapters adapters = new InMemoryAdapters();
  private final WmoKader wmo;

  OversightFiguresScenarioTest() {
    adapters.regions().save(REFERENCE).get();
    ContractingGen.referenceProviders().take(3).forEach(p -> Results.right(adapters.providers().save(p)));
    // the first two contracted from 2026, the third only registered
    for (int n = 0; n < 2; n++) {
      Results.right(adapters.contracts().save(Contract.builder().id(new ContractId(new UUID(7, n)))
          .provider(PROVIDERS.get(n)).period(nl.wmokader.core.contracting.domain.ProcurementPeriods.PERIOD_2026_2028).build()));
    }
    wmo = adapters.builder().clock(new MutableClock(LocalDate.of(2026, 5, 1))).ids(new SequentialIds()).build();
  }

  private OversightFiguresUseCase figures() {
    return wmo.monitoring().oversightFigures();
  }

  @Test
  void region_staff_every_member_and_the_analyst_read_them_providers_and_supervisors_do_not() {
    for (Actor reader : List.of(Actor.region(), Actor.analyst(), Actor.municipality(MunicipalityCode.of("1721")))) {
      assertThat(figures().budgetFigures(reader, SPRING).isRight()).isTrue();
      assertThat(figures().supervisionFigures(reader, SPRING).isRight()).isTrue();
      assertThat(figures().complianceFigures(reader, SPRING).isRight()).isTrue();
    }
    for (Actor other : List.of(Actor.provider(PROVIDERS.head()), Actor.supervisor())) {
      assertThat(figures().budgetFigures(other, SPRING).getLeft()).isInstanceOf(CommonError.Forbidden.class);
      assertThat(figures().supervisionFigures(other, SPRING).getLeft()).isInstanceOf(CommonError.Forbidden.class);
      assertThat(figures().complianceFigures(other, null).getLeft()).isInstanceOf(CommonError.Forbidden.class);
    }
    assertThat(figures().budgetFigures(Actor.region(), null).isLeft()).isTrue();
  }

  @Test
  void every_member_has_a_budget_row_per_year_of_the_months_with_settlements_own_status() {
    Results.right(adapters.budgets().save(new Budget(OSS, 2026, Money.ofCents(1_000_000_00L), 0)));
    FigureFilter winter = FigureFilter.months(YearMonth.of(2025, 11), YearMonth.of(2026, 2));
    Seq<BudgetFigures> rows = Results.right(figures().budgetFigures(Actor.analyst(), winter));
    assertThat(rows.map(r -> r.year() + ":" + r.member().value())).isEqualTo(
        List.of(2025, 2026).flatMap(y -> REFERENCE.members().map(Member::code).map(MunicipalityCode::value).sorted()
            .map(m -> y + ":" + m)));
    for (BudgetFigures row : rows) {
      var status = Results.right(wmo.settlement().getBudgetStatus().getBudgetStatus(Actor.region(), row.member(), row.year()));
      assertThat(row.budget()).isEqualTo(status.budget());
      assertThat(row.spent()).isEqualTo(status.spent());
      assertThat(row.forecast()).isEqualTo(status.forecast());
      assertThat(row.closedMonths()).isEqualTo(status.closedMonths());
    }
    BudgetFigures oss = rows.find(r -> r.year() == 2026 && r.member().equals(OSS)).get();
    assertThat(oss.budget()).contains(Money.ofCents(1_000_000_00L));
    assertThat(oss.closedMonths()).isEqualTo(4);  // January to April are over on 1 May
    // 1,000,000 euros over Oss's inhabitants counted on 1 January 2024 (94,643), per 1,000
    assertThat(oss.perThousand().get().budget()).contains(Money.ofCents(10_566_02L));
    assertThat(Results.right(figures().budgetFigures(Actor.region(), winter.withMember(OSS))).map(BudgetFigures::member)
        .distinct()).containsExactly(OSS);
  }

  @Test
  void a_signal_a_calamity_and_an_investigation_count_for_their_provider_in_their_month_at_once() {
    AgbCode first = PROVIDERS.head();
    assertThat(Results.right(figures().supervisionFigures(Actor.analyst(), SPRING))).isEmpty();
    Results.right(adapters.signals().save(SupervisionStoreFixture.signal(1, first, LocalDate.of(2026, 2, 10), SignalStatus.OPEN)));
    Results.right(adapters.signals().save(SupervisionStoreFixture.signal(2, first, LocalDate.of(2026, 5, 1), SignalStatus.OPEN)));
    Results.right(adapters.calamities().save(SupervisionStoreFixture.calamity(3, PROVIDERS.get(1), LocalDate.of(2026, 3, 3),
        CalamityStatus.REPORTED)));
    Results.right(adapters.investigations().save(SupervisionStoreFixture.investigation(4, first,
        new InvestigationTrigger.Proactive(), LocalDate.of(2026, 4, 30), InvestigationStatus.OPENED, 0)));
    assertThat(Results.right(figures().supervisionFigures(Actor.analyst(), SPRING))).containsExactly(
        new SupervisionFigures(first, 1, 0, 1), new SupervisionFigures(PROVIDERS.get(1), 0, 1, 0));
    assertThat(Results.right(figures().supervisionFigures(Actor.region(), SPRING.withProvider(PROVIDERS.get(1)))))
        .containsExactly(new SupervisionFigures(PROVIDERS.get(1), 0, 1, 0));
  }

  @Test
  void compliance_is_the_obligations_own_evaluation_for_each_contracted_provider_and_year() {
    Either<DomainError, Seq<ComplianceFigures>> read = figures().complianceFigures(Actor.analyst(),
        FigureFilter.months(YearMonth.of(2025, 12), YearMonth.of(2026, 1)));
    Seq<ComplianceFigures> rows = Results.right(read);
    // 2025: nobody contracted; 2026: the first two providers, the third has no contract
    assertThat(rows.map(r -> r.provider().value() + ":" + r.year()))
        .containsExactly(PROVIDERS.get(0).value() + ":2026", PROVIDERS.get(1).value() + ":2026");
    for (ComplianceFigures row : rows) {
      var evaluated = Results.right(wmo.obligations().evaluateObligations().evaluateObligations(Actor.region(),
          new nl.wmokader.core.obligations.port.in.EvaluateObligationsQuery(row.provider(), row.year())));
      assertThat(row.status().keySet().toList()).containsExactly(ObligationKind.values());
      for (var e : evaluated.evaluations()) {
        assertThat(row.status().get(e.kind())).contains(e.status());
      }
      // on 1 May 2026 nothing of 2026 has come due
      assertThat(row.status().values().forAll(s -> s == EvaluationStatus.NOT_YET_DUE)).isTrue();
      assertThat(row.shortfalls()).isZero();
    }
  }
}
