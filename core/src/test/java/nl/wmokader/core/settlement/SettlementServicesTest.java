package nl.wmokader.core.settlement;

import static nl.wmokader.core.settlement.ClaimGen.GUIDANCE;
import static nl.wmokader.core.settlement.ClaimGen.MEMBER;
import static nl.wmokader.core.settlement.ClaimGen.OTHER_MEMBER;
import static nl.wmokader.core.settlement.ClaimGen.PROVIDER;
import static nl.wmokader.core.settlement.ClaimGen.assignment;
import static nl.wmokader.core.settlement.ClaimGen.debit;
import static nl.wmokader.core.settlement.ClaimGen.range;
import static nl.wmokader.core.settlement.ClaimWorld.PROVIDER_STAFF;
import static nl.wmokader.core.settlement.ClaimWorld.REGION;
import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.settlement.domain.Budget;
import nl.wmokader.core.settlement.domain.BudgetStatus;
import nl.wmokader.core.settlement.domain.CentralPayment;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.MemberSettlement;
import nl.wmokader.core.settlement.domain.Recovery;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryCommand;
import nl.wmokader.core.settlement.port.in.SetBudgetCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settlement through the facade: January 2026's claims (late lines for November and December 2025,
 * a correction by credit) and a recovery, settled per member and centrally, against a budget.
 */
class SettlementServicesTest {

  private static final YearMonth JAN = YearMonth.of(2026, 1);
  private static final YearMonth NOV = YearMonth.of(2025, 11);
  private static final YearMonth DEC = YearMonth.of(2025, 12);
  private static final Actor MEMBER_STAFF = Actor.municipality(MEMBER);
  private final ClaimWorld world = new ClaimWorld();
  private final Assignment guided = world.store(assignment(1, GUIDANCE, new Volume(3, Unit.HOUR, Frequency.PER_WEEK),
      range("2025-10-07", "2025-12-30")));

  private RegisterRecoveryCommand recovery(long cents, String reference) {
    return new RegisterRecoveryCommand(PROVIDER, MEMBER, JAN, cents, "onterecht gedeclareerd (onderzoek)", reference);
  }

  @BeforeEach
  void january_claims_and_a_recovery() {
    ClaimLine november = debit("R1", guided, NOV, 15).build();
    world.submit("D-1", JAN, november, debit("R2", guided, DEC, 15).build(), debit("R9", guided, DEC, 1).build());
    world.submit("D-2", JAN, ClaimGen.credit("C1", november), debit("R3", guided, NOV, 12).build());
    right(world.wmo.settlement().registerRecovery().registerRecovery(Actor.supervisor(), recovery(10_000, "INV-1")));
  }

  @Test
  void a_members_settlement_is_debits_minus_credits_minus_recoveries() {
    MemberSettlement s = right(world.wmo.settlement().getMemberSettlement().getMemberSettlement(MEMBER_STAFF, MEMBER, JAN));
    assertThat(s.items()).containsExactly(new SettlementTotal(JAN, MEMBER, PROVIDER, guided.category(),
        guided.product(), Money.ofCents(42 * 6_500), Money.ofCents(15 * 6_500), 4));
    assertThat(s.recovered()).isEqualTo(Money.ofCents(-10_000));
    assertThat(s.total()).isEqualTo(Money.ofCents(27 * 6_500 - 10_000));

    MemberSettlement other = right(world.wmo.settlement().getMemberSettlement().getMemberSettlement(REGION, OTHER_MEMBER, JAN));
    assertThat(other.items()).isEmpty();
    assertThat(other.total()).isEqualTo(Money.ZERO);
    assertThat(right(world.wmo.settlement().getMemberSettlement().getMemberSettlement(REGION, MEMBER, DEC)).total())
        .as("settled by claim month, not by period").isEqualTo(Money.ZERO);
  }

  @Test
  void a_settlement_is_the_members_own_the_regions_and_supervisors() {
    right(world.wmo.settlement().getMemberSettlement().getMemberSettlement(Actor.supervisor(), MEMBER, JAN));
    left(world.wmo.settlement().getMemberSettlement().getMemberSettlement(Actor.municipality(OTHER_MEMBER), MEMBER, JAN),
        CommonError.NotFound.class);
    left(world.wmo.settlement().getMemberSettlement().getMemberSettlement(PROVIDER_STAFF, MEMBER, JAN), CommonError.Forbidden.class);
    left(world.wmo.settlement().getMemberSettlement().getMemberSettlement(REGION, MunicipalityCode.of("0363"), JAN), InvalidInput.class);
    left(world.wmo.settlement().getMemberSettlement().getMemberSettlement(REGION, MEMBER, null), InvalidInput.class);
  }

  @Test
  void the_central_payment_pays_out_what_it_charges_back() {
    CentralPayment payment = right(world.wmo.settlement().getCentralPayment().getCentralPayment(REGION, JAN));
    assertThat(payment.payments()).hasSize(1);
    assertThat(payment.payments().head().approved()).isEqualTo(Money.ofCents(27 * 6_500));
    assertThat(payment.payments().head().recovered()).isEqualTo(Money.ofCents(10_000));
    assertThat(payment.totalPaid()).isEqualTo(payment.totalCharged()).isEqualTo(Money.ofCents(27 * 6_500 - 10_000));
    assertThat(payment.charges()).hasSize(5);
    left(world.wmo.settlement().getCentralPayment().getCentralPayment(MEMBER_STAFF, JAN), CommonError.Forbidden.class);
    left(world.wmo.settlement().getCentralPayment().getCentralPayment(PROVIDER_STAFF, JAN), CommonError.Forbidden.class);
  }

  @Test
  void a_recovery_is_checked_field_by_field_and_its_reference_is_idempotent() {
    RegisterRecoveryCommand bad = new RegisterRecoveryCommand(AgbCode.of("98000009"), MunicipalityCode.of("0363"),
        DEC, 0L, " ", "");
    assertThat(left(world.wmo.settlement().registerRecovery().registerRecovery(REGION, bad), InvalidInput.class).errors()
        .map(e -> e.field() + ":" + e.code()))
        .containsExactlyInAnyOrder("provider:unknown", "member:not_a_member", "month:in_past", "amountCents:out_of_range",
            "reason:required", "reference:required");
    assertThat(left(world.wmo.settlement().registerRecovery().registerRecovery(REGION,
        new RegisterRecoveryCommand(null, null, null, null, null, null)), InvalidInput.class).errors().map(FieldError::field))
        .contains("provider", "member", "month", "amountCents", "reason", "reference");
    left(world.wmo.settlement().registerRecovery().registerRecovery(MEMBER_STAFF, recovery(10_000, "INV-2")), CommonError.Forbidden.class);
    left(world.wmo.settlement().registerRecovery().registerRecovery(PROVIDER_STAFF, recovery(10_000, "INV-2")), CommonError.Forbidden.class);

    Recovery first = world.adapters.recoveries().findByReference("INV-1").get();
    assertThat(right(world.wmo.settlement().registerRecovery().registerRecovery(REGION, recovery(10_000, "INV-1")))).isEqualTo(first);
    left(world.wmo.settlement().registerRecovery().registerRecovery(REGION, recovery(10_001, "INV-1")), CommonError.Duplicate.class);
    assertThat(right(world.wmo.settlement().getMemberSettlement().getMemberSettlement(REGION, MEMBER, JAN)).recoveries()).hasSize(1);
  }

  @Test
  void a_budget_with_its_forecast_signals_overspending() {
    Budget budget = right(world.wmo.settlement().setBudget().setBudget(MEMBER_STAFF, new SetBudgetCommand(MEMBER, 2026, 1_200_000L, 0L)));
    left(world.wmo.settlement().setBudget().setBudget(MEMBER_STAFF, new SetBudgetCommand(MEMBER, 2026, 1_300_000L, 0L)),
        CommonError.StaleVersion.class);
    left(world.wmo.settlement().setBudget().setBudget(Actor.municipality(OTHER_MEMBER), new SetBudgetCommand(MEMBER, 2026, 1L, 0L)),
        CommonError.NotFound.class);
    left(world.wmo.settlement().setBudget().setBudget(Actor.supervisor(), new SetBudgetCommand(MEMBER, 2026, 1L, 0L)),
        CommonError.Forbidden.class);
    assertThat(left(world.wmo.settlement().setBudget().setBudget(REGION, new SetBudgetCommand(MEMBER, 1999, -1L, -1L)), InvalidInput.class)
        .errors().map(FieldError::field)).containsExactlyInAnyOrder("year", "amountCents", "expectedVersion");

    BudgetStatus inJanuary = right(world.wmo.settlement().getBudgetStatus().getBudgetStatus(MEMBER_STAFF, MEMBER, 2026));
    assertThat(inJanuary.closedMonths()).isZero();
    assertThat(inJanuary.spent()).isEqualTo(Money.ZERO);
    assertThat(inJanuary.overspending()).isFalse();
    assertThat(inJanuary.budgetVersion()).isEqualTo(budget.version());

    world.clock.set(LocalDate.of(2026, 2, 10));
    long january = 27 * 6_500 - 10_000;
    BudgetStatus inFebruary = right(world.wmo.settlement().getBudgetStatus().getBudgetStatus(MEMBER_STAFF, MEMBER, 2026));
    assertThat(inFebruary.closedMonths()).isEqualTo(1);
    assertThat(inFebruary.months()).containsExactly(new BudgetStatus.MonthSpending(JAN, Money.ofCents(january)));
    assertThat(inFebruary.forecast()).isEqualTo(Money.ofCents(12 * january));
    assertThat(inFebruary.budget()).contains(Money.ofCents(1_200_000));
    assertThat(inFebruary.budgetVersion()).as("the version to set it again with").isEqualTo(budget.version());
    assertThat(inFebruary.overspending()).as("%s > 1.02 × budget", 12 * january).isTrue();

    right(world.wmo.settlement().setBudget().setBudget(REGION, new SetBudgetCommand(MEMBER, 2026, 2_000_000L, budget.version())));
    BudgetStatus raised = right(world.wmo.settlement().getBudgetStatus().getBudgetStatus(MEMBER_STAFF, MEMBER, 2026));
    assertThat(raised.overspending()).as("%s within 1.02 × 2,000,000", 12 * january).isFalse();
    assertThat(raised.budgetVersion()).isEqualTo(budget.version() + 1);

    world.clock.set(LocalDate.of(2027, 3, 1));
    BudgetStatus pastYear = right(world.wmo.settlement().getBudgetStatus().getBudgetStatus(REGION, MEMBER, 2026));
    assertThat(pastYear.closedMonths()).isEqualTo(12);
    assertThat(pastYear.spent()).isEqualTo(Money.ofCents(january));
    assertThat(pastYear.forecast()).isEqualTo(Money.ofCents(january));
    left(world.wmo.settlement().getBudgetStatus().getBudgetStatus(Actor.municipality(OTHER_MEMBER), MEMBER, 2026), CommonError.NotFound.class);
    left(world.wmo.settlement().getBudgetStatus().getBudgetStatus(PROVIDER_STAFF, MEMBER, 2026), CommonError.Forbidden.class);
  }
}
