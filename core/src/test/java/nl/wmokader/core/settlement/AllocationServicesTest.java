package nl.wmokader.core.settlement;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.leftOfKind;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.domain.RegionError;
import nl.wmokader.core.settlement.domain.Allocation;
import nl.wmokader.core.settlement.domain.AllocationError;
import nl.wmokader.core.settlement.domain.AllocationKey;
import nl.wmokader.core.settlement.domain.AllocationPurpose;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.AllocateCostsCommand;
import nl.wmokader.core.settlement.port.in.AllocationKeyInput;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/** The cost-allocation use case: who may compute, every field error at once, and the pure rule's answer. */
class AllocationServicesTest {

  private static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  private static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  private static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  private static final MunicipalityCode MAASHORST = MunicipalityCode.of("1991");
  private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
  private static final Region REGION = RegionGen.reference();
  private static final AgbCode PROVIDER = AgbCode.of("98000001");

  private final InMemoryAdapters adapters = new InMemoryAdapters();
  private final WmoKader wmo = adapters.builder().clock(new MutableClock(LocalDate.of(2025, 3, 1)))
      .ids(new SequentialIds()).build();
  private final AtomicInteger references = new AtomicInteger();

  private AllocationServicesTest withRegion() {
    right(adapters.regions().save(REGION));
    return this;
  }

  private static AllocateCostsCommand command(long cents, AllocationKeyInput key) {
    return new AllocateCostsCommand("REGIONAL_TEAMS", cents, key);
  }

  @Test
  void by_inhabitants_the_answer_is_the_pure_rules() {
    withRegion();
    Allocation allocation = right(wmo.settlement().allocateCosts().allocateCosts(Actor.region(),
        command(100_000_000L, new AllocationKeyInput.Inhabitants(JAN_2024))));

    assertThat(allocation).isEqualTo(right(Allocation.divide(REGION, AllocationPurpose.REGIONAL_TEAMS,
        Money.ofCents(100_000_000L), new AllocationKey.Inhabitants(JAN_2024))));
    assertThat(allocation.shareOf(OSS)).isEqualTo(Money.euros(328_163, 47));
  }

  @Test
  void a_members_staff_may_compute_but_not_another_regions_providers_or_supervisors() {
    withRegion();
    var key = new AllocationKeyInput.Inhabitants(JAN_2024);
    assertThat(right(wmo.settlement().allocateCosts().allocateCosts(Actor.municipality(BOEKEL), command(100, key))).total())
        .isEqualTo(Money.ofCents(100));
    leftOfKind(wmo.settlement().allocateCosts().allocateCosts(Actor.municipality(MunicipalityCode.of("0363")), command(100, key)),
        ErrorKind.FORBIDDEN);
    leftOfKind(wmo.settlement().allocateCosts().allocateCosts(Actor.provider(PROVIDER), command(100, key)), ErrorKind.FORBIDDEN);
    leftOfKind(wmo.settlement().allocateCosts().allocateCosts(Actor.supervisor(), command(100, key)), ErrorKind.FORBIDDEN);
  }

  @Test
  void the_actor_is_checked_before_the_input() {
    leftOfKind(wmo.settlement().allocateCosts().allocateCosts(Actor.provider(PROVIDER), new AllocateCostsCommand(null, null, null)),
        ErrorKind.FORBIDDEN);
  }

  @Test
  void every_invalid_field_at_once() {
    withRegion();
    var key = new AllocationKeyInput.Blend(
        new AllocationKeyInput.ActualUse(YearMonth.of(2024, 12), YearMonth.of(2024, 1), List.of(ProductCategory.SHELTER, null)),
        new AllocationKeyInput.FixedShares(List.of(new AllocationKeyInput.Share(OSS, -1L),
            new AllocationKeyInput.Share(OSS, 5L), new AllocationKeyInput.Share(null, null)), 0L),
        5, 4);
    InvalidInput invalid = left(wmo.settlement().allocateCosts().allocateCosts(Actor.region(), new AllocateCostsCommand(" ", -1L, key)),
        InvalidInput.class);

    assertThat(invalid.errors().map(e -> e.field() + ":" + e.code())).containsExactly(
        "purpose:required", "totalCents:out_of_range",
        "key.from.untilMonth:before_start", "key.from.categories[1]:required",
        "key.to.shares[0].share:negative", "key.to.shares[1].member:duplicate",
        "key.to.shares[2].member:required", "key.to.shares[2].share:required", "key.to.whole:out_of_range",
        "key.year:out_of_range");
  }

  @Test
  void missing_parts_of_each_key_are_required() {
    withRegion();
    assertThat(errors(null)).containsExactly("key:required");
    assertThat(errors(new AllocationKeyInput.Inhabitants(null))).containsExactly("key.referenceDate:required");
    assertThat(errors(new AllocationKeyInput.ActualUse(null, null, List.empty())))
        .containsExactly("key.fromMonth:required", "key.untilMonth:required", "key.categories:required");
    assertThat(errors(new AllocationKeyInput.FixedShares(null, null)))
        .containsExactly("key.shares:required", "key.whole:required");
    assertThat(errors(new AllocationKeyInput.Blend(null, new AllocationKeyInput.Blend(null, null, 0, 1), null, null)))
        .containsExactly("key.from:required", "key.to:nested_blend", "key.years:required", "key.year:required");
  }

  private java.util.List<String> errors(AllocationKeyInput key) {
    return left(wmo.settlement().allocateCosts().allocateCosts(Actor.region(), command(1, key)), InvalidInput.class).errors()
        .map(e -> e.field() + ":" + e.code()).toJavaList();
  }

  @Test
  void a_period_of_more_than_ten_years_of_claims_is_too_long() {
    withRegion();
    var key = new AllocationKeyInput.ActualUse(YearMonth.of(2015, 1), YearMonth.of(2025, 1), List.of(ProductCategory.SHELTER));
    InvalidInput invalid = left(wmo.settlement().allocateCosts().allocateCosts(Actor.region(), command(1, key)), InvalidInput.class);
    assertThat(invalid.errors().map(e -> e.field() + ":" + e.code())).containsExactly("key.untilMonth:too_long");
  }

  @Test
  void without_a_region_there_is_nothing_to_divide_over() {
    left(wmo.settlement().allocateCosts().allocateCosts(Actor.region(), command(1, new AllocationKeyInput.Inhabitants(JAN_2024))),
        RegionError.NotDefined.class);
  }

  @Test
  void the_rules_own_refusals_pass_through() {
    withRegion();
    var shares = new AllocationKeyInput.FixedShares(List.of(new AllocationKeyInput.Share(OSS, 60L),
        new AllocationKeyInput.Share(BERNHEZE, 30L)), 100L);
    assertThat(left(wmo.settlement().allocateCosts().allocateCosts(Actor.region(), command(100, shares)),
        AllocationError.SharesNotWhole.class)).isEqualTo(new AllocationError.SharesNotWhole(90, 100));

    var outsider = new AllocationKeyInput.FixedShares(List.of(new AllocationKeyInput.Share(MunicipalityCode.of("0363"), 100L)), 100L);
    left(wmo.settlement().allocateCosts().allocateCosts(Actor.region(), command(100, outsider)), AllocationError.UnknownMember.class);

    left(wmo.settlement().allocateCosts().allocateCosts(Actor.region(), command(100, new AllocationKeyInput.Inhabitants(LocalDate.of(2023, 6, 1)))),
        AllocationError.MissingInhabitants.class);
  }

  @Test
  void actual_use_weighs_the_approved_net_amounts_of_the_chosen_categories_and_months() {
    withRegion();
    // Oss: 300 + 100 - 50 (credit) sheltered housing in range; Boekel: 150 shelter; Bernheze: household
    // help (other category) and Maashorst: sheltered housing outside the months, both weigh nothing.
    save(YearMonth.of(2024, 3), OSS, line(ProductCategory.SHELTERED_HOUSING, 300, DebitCredit.DEBIT));
    save(YearMonth.of(2024, 4), OSS, line(ProductCategory.SHELTERED_HOUSING, 100, DebitCredit.DEBIT),
        line(ProductCategory.SHELTERED_HOUSING, 50, DebitCredit.CREDIT));
    save(YearMonth.of(2024, 4), BOEKEL, line(ProductCategory.SHELTER, 150, DebitCredit.DEBIT));
    save(YearMonth.of(2024, 4), BERNHEZE, line(ProductCategory.HOUSEHOLD_HELP, 9_000, DebitCredit.DEBIT));
    save(YearMonth.of(2025, 1), MAASHORST, line(ProductCategory.SHELTERED_HOUSING, 9_000, DebitCredit.DEBIT));

    var key = new AllocationKeyInput.ActualUse(YearMonth.of(2024, 1), YearMonth.of(2024, 12),
        List.of(ProductCategory.SHELTERED_HOUSING, ProductCategory.SHELTER, ProductCategory.EMERGENCY_SHELTER,
            ProductCategory.OTHER_SHELTERED_HOUSING_AND_SHELTER));
    Allocation allocation = right(wmo.settlement().allocateCosts().allocateCosts(Actor.region(),
        new AllocateCostsCommand("SPECIALIST_SAFETY_NET", 50_000L, key)));

    assertThat(allocation).isEqualTo(right(Allocation.divide(REGION, AllocationPurpose.SPECIALIST_SAFETY_NET,
        Money.ofCents(50_000), new AllocationKey.ActualUse(LinkedHashMap.of(OSS, 350L, BERNHEZE, 0L, BOEKEL, 150L,
            MunicipalityCode.of("1982"), 0L, MAASHORST, 0L)))));
    assertThat(allocation.shareOf(OSS)).isEqualTo(Money.ofCents(35_000));
    assertThat(allocation.shareOf(BOEKEL)).isEqualTo(Money.ofCents(15_000));
    assertThat(allocation.shareOf(BERNHEZE)).isEqualTo(Money.ZERO);
    assertThat(allocation.shareOf(MAASHORST)).isEqualTo(Money.ZERO);
  }

  @Test
  void actual_use_without_any_approved_claim_is_the_rules_all_weights_zero() {
    withRegion();
    var key = new AllocationKeyInput.ActualUse(YearMonth.of(2024, 1), YearMonth.of(2024, 12), List.of(ProductCategory.SHELTER));
    left(wmo.settlement().allocateCosts().allocateCosts(Actor.region(), command(100, key)), AllocationError.AllWeightsZero.class);
  }

  @Test
  void a_blend_phases_from_fixed_shares_to_inhabitants_as_the_rule_does() {
    withRegion();
    var from = new AllocationKeyInput.FixedShares(List.of(new AllocationKeyInput.Share(OSS, 100L)), 100L);
    var to = new AllocationKeyInput.Inhabitants(JAN_2024);
    Allocation allocation = right(wmo.settlement().allocateCosts().allocateCosts(Actor.region(),
        command(1_000_000L, new AllocationKeyInput.Blend(from, to, 1, 4))));

    assertThat(allocation).isEqualTo(right(Allocation.divide(REGION, AllocationPurpose.REGIONAL_TEAMS, Money.ofCents(1_000_000L),
        new AllocationKey.Blend(new AllocationKey.FixedShares(LinkedHashMap.of(OSS, 100L), 100),
            new AllocationKey.Inhabitants(JAN_2024), 1, 4))));
  }

  private ClaimLine line(ProductCategory category, long cents, DebitCredit direction) {
    String reference = "R" + references.incrementAndGet();
    return new ClaimLine(reference, direction == DebitCredit.CREDIT ? Option.some("R0") : Option.none(),
        new AssignmentId(UUID.nameUUIDFromBytes(reference.getBytes())), new Bsn("999900018"), category,
        Option.some(ProductCode.of("BW01")), DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)), 1,
        Unit.EUROS, Money.ofCents(cents), Money.ofCents(cents), direction);
  }

  private void save(YearMonth month, MunicipalityCode member, ClaimLine... lines) {
    right(adapters.claims().save(new Claim(new ClaimId(UUID.nameUUIDFromBytes(("claim" + references.incrementAndGet()).getBytes())), PROVIDER, member, month,
        "D" + references.incrementAndGet(), month.atDay(5), List.of(lines).map(l -> AnsweredLine.approved(l, member))),
        io.vavr.collection.List.empty()));
  }
}
