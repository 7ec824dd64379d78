package nl.wmokader.core.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.CatalogueError;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.domain.ReferenceTariff;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.catalogue.port.in.ReviseProductCommand;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.inmemory.InMemoryProductRepository;
import nl.wmokader.core.inmemory.InMemoryRegionRepository;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.application.RegionServices;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManageCatalogueServiceTest {

  private static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  private static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  private static final ProductCode GUIDANCE = ProductCode.of("02A01");
  private static final ProductCode LOCAL = ProductCode.of("06L01");
  private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
  private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

  private InMemoryProductRepository products;
  private InMemoryRegionRepository regions;
  private ManageCatalogueService service;

  @BeforeEach
  void setUp() {
    products = new InMemoryProductRepository();
    regions = new InMemoryRegionRepository();
    Results.right(regions.save(RegionGen.reference()));
    service = new ManageCatalogueService(products, new RegionServices(regions, AccessPolicy.standard()), AccessPolicy.standard());
  }

  private static DefineProductCommand regional(ProductCode code, LocalDate from) {
    return new DefineProductCommand(code, ProductCategory.GUIDANCE, "Begeleiding individueel", Unit.HOUR,
        ExecutionVariant.EFFORT_BASED, Option.some(Frequency.PER_WEEK), from, Option.none(), Option.none());
  }

  private static DefineProductCommand localTo(MunicipalityCode member) {
    return new DefineProductCommand(LOCAL, ProductCategory.OTHER_INDIVIDUAL_SUPPORT, "Mantelzorgondersteuning Oss",
        Unit.HOUR, ExecutionVariant.EFFORT_BASED, Option.none(), JAN_2024, Option.none(), Option.some(member));
  }

  private static ReviseProductCommand revision(ProductCode code, LocalDate from, Option<LocalDate> until) {
    return new ReviseProductCommand(code, Option.none(), "Begeleiding individueel 2025", Unit.MINUTE,
        ExecutionVariant.EFFORT_BASED, Option.some(Frequency.PER_WEEK), from, until);
  }

  private static SetReferenceTariffCommand tariff(ProductCode code, long cents, LocalDate from, Option<LocalDate> until) {
    return new SetReferenceTariffCommand(code, Money.ofCents(cents), from, until);
  }

  private static java.util.List<String> fields(InvalidInput invalid) {
    return invalid.errors().map(FieldError::field).toJavaList();
  }

  // --- DefineProduct -------------------------------------------------------------------------

  @Test
  void region_staff_define_a_regional_product_with_its_first_version() {
    Product product = Results.right(service.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2024)));

    assertThat(product.version()).isEqualTo(1);
    assertThat(product.category()).isEqualTo(ProductCategory.GUIDANCE);
    assertThat(product.localTo().isEmpty()).isTrue();
    ProductVersion only = product.versions().single();
    assertThat(only.validity()).isEqualTo(DateRange.from(JAN_2024));
    assertThat(only.frequency()).containsExactly(Frequency.PER_WEEK);
    assertThat(products.findByCode(GUIDANCE)).containsExactly(product);
  }

  @Test
  void the_name_is_stored_without_surrounding_blanks() {
    var command = regional(GUIDANCE, JAN_2024);
    Product product = Results.right(service.defineProduct(Actor.region(), new DefineProductCommand(command.code(),
        command.category(), "  Begeleiding  ", command.unit(), command.variant(), command.frequency(), command.from(),
        command.until(), command.localTo())));
    assertThat(product.latestVersion().name()).isEqualTo("Begeleiding");
  }

  @Test
  void a_members_staff_define_a_product_local_to_their_own_municipality() {
    Product product = Results.right(service.defineProduct(Actor.municipality(OSS), localTo(OSS)));
    assertThat(product.localTo()).containsExactly(OSS);
    assertThat(product.latestVersion().localTo()).containsExactly(OSS);
  }

  @Test
  void region_staff_may_define_a_members_local_product() {
    Results.right(service.defineProduct(Actor.region(), localTo(BOEKEL)));
    assertThat(products.findByCode(LOCAL).get().localTo()).containsExactly(BOEKEL);
  }

  @Test
  void a_members_staff_may_not_define_a_regional_product_or_another_members_product() {
    Results.left(service.defineProduct(Actor.municipality(OSS), regional(GUIDANCE, JAN_2024)), CommonError.Forbidden.class);
    Results.left(service.defineProduct(Actor.municipality(OSS), localTo(BOEKEL)), CommonError.Forbidden.class);
    assertThat(products.findAll().isEmpty()).isTrue();
  }

  @Test
  void providers_and_supervisors_may_not_define_products() {
    Results.left(service.defineProduct(Actor.provider(AgbCode.of("98000001")), regional(GUIDANCE, JAN_2024)),
        CommonError.Forbidden.class);
    Results.left(service.defineProduct(Actor.supervisor(), regional(GUIDANCE, JAN_2024)), CommonError.Forbidden.class);
    assertThat(products.findAll().isEmpty()).isTrue();
  }

  @Test
  void the_role_is_checked_before_the_input() {
    var empty = new DefineProductCommand(null, null, null, null, null, null, null, null, null);
    Results.left(service.defineProduct(Actor.supervisor(), empty), CommonError.Forbidden.class);
  }

  @Test
  void a_product_local_to_a_non_member_is_rejected() {
    var error = Results.left(service.defineProduct(Actor.region(), localTo(MunicipalityCode.of("0363"))),
        CatalogueError.NotAMember.class);
    assertThat(error.kind()).isEqualTo(ErrorKind.REJECTED);
    assertThat(products.findAll().isEmpty()).isTrue();
  }

  @Test
  void a_local_product_needs_a_defined_region() {
    var withoutRegion = new ManageCatalogueService(products, new RegionServices(new InMemoryRegionRepository(), AccessPolicy.standard()), AccessPolicy.standard());
    Results.left(withoutRegion.defineProduct(Actor.region(), localTo(OSS)), CatalogueError.NotAMember.class);
    Results.right(withoutRegion.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2024)));
  }

  @Test
  void defining_a_stored_code_again_is_a_duplicate_and_keeps_the_first() {
    Product first = Results.right(service.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2024)));
    var error = Results.left(service.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2025)), CommonError.Duplicate.class);
    assertThat(error.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(products.findByCode(GUIDANCE)).containsExactly(first);
  }

  @Test
  void an_empty_definition_lists_every_missing_field_and_stores_nothing() {
    var empty = new DefineProductCommand(null, null, null, null, null, null, null, null, null);
    InvalidInput invalid = Results.left(service.defineProduct(Actor.region(), empty), InvalidInput.class);
    assertThat(fields(invalid)).containsExactly("code", "category", "name", "unit", "variant", "from");
    assertThat(products.findAll().isEmpty()).isTrue();
  }

  @Test
  void a_blank_name_and_an_end_before_the_start_are_both_reported() {
    var command = new DefineProductCommand(GUIDANCE, ProductCategory.GUIDANCE, "   ", Unit.HOUR,
        ExecutionVariant.EFFORT_BASED, Option.none(), JAN_2025, Option.some(JAN_2024), Option.none());
    InvalidInput invalid = Results.left(service.defineProduct(Actor.region(), command), InvalidInput.class);
    assertThat(invalid.errors().map(e -> e.field() + ":" + e.code())).containsExactly("name:required", "until:before_start");
    assertThat(products.findAll().isEmpty()).isTrue();
  }

  @Test
  void a_name_longer_than_the_catalogue_stores_is_invalid() {
    var command = regional(GUIDANCE, JAN_2024);
    var tooLong = new DefineProductCommand(GUIDANCE, command.category(), "x".repeat(ManageCatalogueService.MAX_NAME_LENGTH + 1),
        command.unit(), command.variant(), command.frequency(), command.from(), command.until(), command.localTo());
    InvalidInput invalid = Results.left(service.defineProduct(Actor.region(), tooLong), InvalidInput.class);
    assertThat(invalid.errors().map(FieldError::code)).containsExactly("too_long");
  }

  // --- ReviseProduct -------------------------------------------------------------------------

  @Test
  void a_revision_closes_the_open_version_the_day_before() {
    Results.right(service.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2024)));
    Product revised = Results.right(service.reviseProduct(Actor.region(), revision(GUIDANCE, JAN_2025, Option.none())));

    assertThat(revised.version()).isEqualTo(2);
    assertThat(revised.versions().map(ProductVersion::validity))
        .containsExactly(DateRange.of(JAN_2024, LocalDate.of(2024, 12, 31)), DateRange.from(JAN_2025));
    assertThat(revised.versionOn(LocalDate.of(2024, 12, 31)).get().unit()).isEqualTo(Unit.HOUR);
    assertThat(revised.versionOn(JAN_2025).get().unit()).isEqualTo(Unit.MINUTE);
    assertThat(products.findByCode(GUIDANCE)).containsExactly(revised);
  }

  @Test
  void a_revision_inside_a_closed_latest_version_shortens_it() {
    var command = regional(GUIDANCE, JAN_2024);
    Results.right(service.defineProduct(Actor.region(), new DefineProductCommand(command.code(), command.category(),
        command.name(), command.unit(), command.variant(), command.frequency(), JAN_2024,
        Option.some(LocalDate.of(2025, 12, 31)), Option.none())));
    Product revised = Results.right(service.reviseProduct(Actor.region(),
        revision(GUIDANCE, LocalDate.of(2025, 7, 1), Option.some(LocalDate.of(2026, 6, 30)))));
    assertThat(revised.versions().map(ProductVersion::validity)).containsExactly(
        DateRange.of(JAN_2024, LocalDate.of(2025, 6, 30)), DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)));
  }

  @Test
  void a_revision_after_a_closed_latest_version_leaves_the_gap() {
    var command = regional(GUIDANCE, JAN_2024);
    Results.right(service.defineProduct(Actor.region(), new DefineProductCommand(command.code(), command.category(),
        command.name(), command.unit(), command.variant(), command.frequency(), JAN_2024,
        Option.some(LocalDate.of(2024, 6, 30)), Option.none())));
    Product revised = Results.right(service.reviseProduct(Actor.region(), revision(GUIDANCE, JAN_2025, Option.none())));
    assertThat(revised.versions().map(ProductVersion::validity)).containsExactly(
        DateRange.of(JAN_2024, LocalDate.of(2024, 6, 30)), DateRange.from(JAN_2025));
    assertThat(revised.versionOn(LocalDate.of(2024, 9, 1)).isEmpty()).isTrue();
  }

  @Test
  void a_revision_on_or_before_the_latest_versions_start_is_rejected_and_changes_nothing() {
    Results.right(service.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2024)));
    Product stored = Results.right(service.reviseProduct(Actor.region(), revision(GUIDANCE, JAN_2025, Option.none())));

    var onStart = Results.left(service.reviseProduct(Actor.region(), revision(GUIDANCE, JAN_2025, Option.none())),
        CatalogueError.VersionOverlap.class);
    assertThat(onStart.kind()).isEqualTo(ErrorKind.REJECTED);
    Results.left(service.reviseProduct(Actor.region(), revision(GUIDANCE, LocalDate.of(2024, 6, 1), Option.none())),
        CatalogueError.VersionOverlap.class);
    assertThat(products.findByCode(GUIDANCE)).containsExactly(stored);
  }

  @Test
  void a_revision_may_confirm_the_category_but_never_change_it() {
    Results.right(service.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2024)));
    var base = revision(GUIDANCE, JAN_2025, Option.none());
    var otherCategory = new ReviseProductCommand(GUIDANCE, Option.some(ProductCategory.PERSONAL_CARE), base.name(),
        base.unit(), base.variant(), base.frequency(), base.from(), base.until());
    var error = Results.left(service.reviseProduct(Actor.region(), otherCategory), CatalogueError.CategoryMismatch.class);
    assertThat(error.category()).isEqualTo(ProductCategory.GUIDANCE);
    assertThat(products.findByCode(GUIDANCE).get().versions().size()).isEqualTo(1);

    var sameCategory = new ReviseProductCommand(GUIDANCE, Option.some(ProductCategory.GUIDANCE), base.name(),
        base.unit(), base.variant(), base.frequency(), base.from(), base.until());
    Results.right(service.reviseProduct(Actor.region(), sameCategory));
  }

  @Test
  void revising_an_unknown_code_is_not_found() {
    var error = Results.leftOfKind(service.reviseProduct(Actor.region(), revision(GUIDANCE, JAN_2025, Option.none())),
        ErrorKind.NOT_FOUND);
    assertThat(error).isEqualTo(new CommonError.NotFound("Product", "02A01"));
  }

  @Test
  void another_members_local_product_is_not_found_for_a_members_staff_exactly_like_an_unknown_code() {
    Results.right(service.defineProduct(Actor.region(), localTo(BOEKEL)));
    var hidden = service.reviseProduct(Actor.municipality(OSS), revision(LOCAL, JAN_2025, Option.none()));
    var unknown = service.reviseProduct(Actor.municipality(OSS), revision(ProductCode.of("06L99"), JAN_2025, Option.none()));
    assertThat(hidden.getLeft()).isEqualTo(new CommonError.NotFound("Product", "06L01"));
    assertThat(hidden.getLeft().getClass()).isEqualTo(unknown.getLeft().getClass());
    Results.left(service.setReferenceTariff(Actor.municipality(OSS), tariff(LOCAL, 100, JAN_2025, Option.none())),
        CommonError.NotFound.class);
  }

  @Test
  void a_members_staff_revise_and_price_their_own_local_product_but_not_a_regional_one() {
    Results.right(service.defineProduct(Actor.municipality(OSS), localTo(OSS)));
    Results.right(service.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2024)));

    Results.right(service.reviseProduct(Actor.municipality(OSS), revision(LOCAL, JAN_2025, Option.none())));
    Results.right(service.setReferenceTariff(Actor.municipality(OSS), tariff(LOCAL, 5_000, JAN_2025, Option.none())));
    Results.left(service.reviseProduct(Actor.municipality(OSS), revision(GUIDANCE, JAN_2025, Option.none())),
        CommonError.Forbidden.class);
    Results.left(service.setReferenceTariff(Actor.municipality(OSS), tariff(GUIDANCE, 5_000, JAN_2025, Option.none())),
        CommonError.Forbidden.class);
    assertThat(products.findByCode(GUIDANCE).get().version()).isEqualTo(1);
  }

  @Test
  void providers_and_supervisors_may_not_revise_or_price_products() {
    Results.right(service.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2024)));
    for (Actor actor : java.util.List.of(Actor.provider(AgbCode.of("98000001")), Actor.supervisor())) {
      Results.left(service.reviseProduct(actor, revision(GUIDANCE, JAN_2025, Option.none())), CommonError.Forbidden.class);
      Results.left(service.setReferenceTariff(actor, tariff(GUIDANCE, 1, JAN_2025, Option.none())), CommonError.Forbidden.class);
    }
    assertThat(products.findByCode(GUIDANCE).get().version()).isEqualTo(1);
  }

  @Test
  void an_empty_revision_lists_every_missing_field() {
    var empty = new ReviseProductCommand(null, null, null, null, null, null, null, null);
    InvalidInput invalid = Results.left(service.reviseProduct(Actor.region(), empty), InvalidInput.class);
    assertThat(fields(invalid)).containsExactly("code", "name", "unit", "variant", "from");
  }

  // --- SetReferenceTariff --------------------------------------------------------------------

  @Test
  void a_new_tariff_closes_the_open_ended_previous_one_the_day_before() {
    Results.right(service.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2024)));
    Results.right(service.setReferenceTariff(Actor.region(), tariff(GUIDANCE, 6_480, JAN_2024, Option.none())));
    Product priced = Results.right(service.setReferenceTariff(Actor.region(), tariff(GUIDANCE, 6_785, JAN_2025, Option.none())));

    assertThat(priced.tariffs()).containsExactly(
        new ReferenceTariff(Money.ofCents(6_480), DateRange.of(JAN_2024, LocalDate.of(2024, 12, 31))),
        new ReferenceTariff(Money.ofCents(6_785), DateRange.from(JAN_2025)));
    assertThat(priced.version()).isEqualTo(3);
  }

  @Test
  void a_tariff_overlapping_a_closed_one_is_rejected_and_changes_nothing() {
    Results.right(service.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2024)));
    Product stored = Results.right(service.setReferenceTariff(Actor.region(),
        tariff(GUIDANCE, 6_480, JAN_2024, Option.some(LocalDate.of(2024, 12, 31)))));
    var error = Results.left(service.setReferenceTariff(Actor.region(),
        tariff(GUIDANCE, 6_785, LocalDate.of(2024, 7, 1), Option.none())), CatalogueError.TariffOverlap.class);
    assertThat(error.existing()).isEqualTo(DateRange.of(JAN_2024, LocalDate.of(2024, 12, 31)));
    assertThat(products.findByCode(GUIDANCE)).containsExactly(stored);
  }

  @Test
  void a_tariff_starting_on_or_before_an_open_ended_ones_start_is_rejected() {
    Results.right(service.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2024)));
    Results.right(service.setReferenceTariff(Actor.region(), tariff(GUIDANCE, 6_785, JAN_2025, Option.none())));
    Results.left(service.setReferenceTariff(Actor.region(), tariff(GUIDANCE, 6_480, JAN_2025, Option.none())),
        CatalogueError.TariffOverlap.class);
    Results.left(service.setReferenceTariff(Actor.region(), tariff(GUIDANCE, 6_480, JAN_2024, Option.none())),
        CatalogueError.TariffOverlap.class);
    Results.right(service.setReferenceTariff(Actor.region(),
        tariff(GUIDANCE, 6_480, JAN_2024, Option.some(LocalDate.of(2024, 12, 31)))));
  }

  @Test
  void a_negative_tariff_a_missing_start_and_a_missing_code_are_all_reported() {
    var command = new SetReferenceTariffCommand(null, Money.ofCents(-1), null, Option.none());
    InvalidInput invalid = Results.left(service.setReferenceTariff(Actor.region(), command), InvalidInput.class);
    assertThat(invalid.errors().map(e -> e.field() + ":" + e.code()))
        .containsExactly("code:required", "perUnit:negative", "from:required");
  }

  @Test
  void a_tariff_ending_before_it_starts_is_invalid() {
    Results.right(service.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2024)));
    InvalidInput invalid = Results.left(service.setReferenceTariff(Actor.region(),
        tariff(GUIDANCE, 100, JAN_2025, Option.some(JAN_2024))), InvalidInput.class);
    assertThat(fields(invalid)).containsExactly("until");
    assertThat(products.findByCode(GUIDANCE).get().tariffs().isEmpty()).isTrue();
  }

  @Test
  void a_zero_tariff_is_allowed() {
    Results.right(service.defineProduct(Actor.region(), regional(GUIDANCE, JAN_2024)));
    Product priced = Results.right(service.setReferenceTariff(Actor.region(), tariff(GUIDANCE, 0, JAN_2024, Option.none())));
    assertThat(priced.referenceTariffOn(JAN_2025).get().perUnit()).isEqualTo(Money.ZERO);
  }

  @Test
  void pricing_an_unknown_code_is_not_found() {
    Results.left(service.setReferenceTariff(Actor.region(), tariff(GUIDANCE, 100, JAN_2025, Option.none())),
        CommonError.NotFound.class);
  }
}
