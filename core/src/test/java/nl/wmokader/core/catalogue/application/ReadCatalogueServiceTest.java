package nl.wmokader.core.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.CatalogueGen;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.FindProductQuery;
import nl.wmokader.core.catalogue.port.in.ListProductsQuery;
import nl.wmokader.core.catalogue.port.in.ReferenceTariffQuery;
import nl.wmokader.core.inmemory.InMemoryProductRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadCatalogueServiceTest {

  private static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  private static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  private static final ProductCode HOUSEHOLD = ProductCode.of("01A01");
  private static final ProductCode LOCAL = ProductCode.of("06L01");

  private InMemoryProductRepository products;
  private MutableClock clock;
  private ReadCatalogueService service;

  @BeforeEach
  void setUp() {
    products = new InMemoryProductRepository();
    CatalogueGen.referenceCatalogue().forEach(p -> Results.right(products.save(p)));
    Results.right(products.save(Product.define(ProductVersion.builder()
        .code(LOCAL).category(ProductCategory.OTHER_INDIVIDUAL_SUPPORT).name("Mantelzorgondersteuning Boekel (demo)")
        .unit(Unit.HOUR).variant(ExecutionVariant.EFFORT_BASED)
        .validity(DateRange.from(LocalDate.of(2025, 1, 1))).localTo(Option.some(BOEKEL)).build())));
    clock = new MutableClock(LocalDate.of(2025, 6, 1));
    service = new ReadCatalogueService(products, clock, AccessPolicy.standard());
  }

  private static ListProductsQuery asOf(LocalDate date) {
    return new ListProductsQuery(Option.some(date), Option.none(), PageRequest.first());
  }

  @Test
  void find_answers_the_version_valid_on_the_date() {
    ProductVersion v2024 = Results.right(service.findProduct(Actor.region(), new FindProductQuery(HOUSEHOLD, LocalDate.of(2024, 12, 31))));
    ProductVersion v2025 = Results.right(service.findProduct(Actor.provider(AgbCode.of("98000001")),
        new FindProductQuery(HOUSEHOLD, LocalDate.of(2025, 1, 1))));
    assertThat(v2024.name()).isEqualTo("Hulp bij het huishouden (demo)");
    assertThat(v2025.name()).isEqualTo("Hulp bij het huishouden basis (demo)");
  }

  @Test
  void find_before_the_first_version_or_of_an_unknown_code_is_not_found() {
    Results.left(service.findProduct(Actor.region(), new FindProductQuery(HOUSEHOLD, LocalDate.of(2023, 12, 31))),
        CommonError.NotFound.class);
    Results.left(service.findProduct(Actor.region(), new FindProductQuery(ProductCode.of("99Z99"), LocalDate.of(2025, 1, 1))),
        CommonError.NotFound.class);
  }

  @Test
  void find_without_code_and_date_lists_both_fields() {
    InvalidInput invalid = Results.left(service.findProduct(Actor.region(), new FindProductQuery(null, null)), InvalidInput.class);
    assertThat(invalid.errors().map(FieldError::field)).containsExactly("code", "asOf");
    Results.left(service.findReferenceTariff(Actor.region(), new ReferenceTariffQuery(HOUSEHOLD, null)), InvalidInput.class);
  }

  @Test
  void the_reference_tariff_is_the_one_in_force_on_the_date() {
    assertThat(Results.right(service.findReferenceTariff(Actor.region(), new ReferenceTariffQuery(HOUSEHOLD, LocalDate.of(2024, 12, 31)))))
        .containsExactly(Money.ofCents(3_450));
    assertThat(Results.right(service.findReferenceTariff(Actor.supervisor(), new ReferenceTariffQuery(HOUSEHOLD, LocalDate.of(2025, 12, 31)))))
        .containsExactly(Money.ofCents(3_612));
    assertThat(Results.right(service.findReferenceTariff(Actor.municipality(OSS), new ReferenceTariffQuery(HOUSEHOLD, LocalDate.of(2030, 1, 1)))))
        .containsExactly(Money.ofCents(3_745));
  }

  @Test
  void no_tariff_in_force_is_none_but_an_unknown_product_is_not_found() {
    assertThat(Results.right(service.findReferenceTariff(Actor.region(), new ReferenceTariffQuery(HOUSEHOLD, LocalDate.of(2023, 6, 1)))).isEmpty())
        .isTrue();
    assertThat(Results.right(service.findReferenceTariff(Actor.region(), new ReferenceTariffQuery(LOCAL, LocalDate.of(2025, 6, 1)))).isEmpty())
        .isTrue();
    Results.left(service.findReferenceTariff(Actor.region(), new ReferenceTariffQuery(ProductCode.of("99Z99"), LocalDate.of(2025, 1, 1))),
        CommonError.NotFound.class);
  }

  @Test
  void a_local_product_is_hidden_from_other_members_staff_only() {
    var query = new FindProductQuery(LOCAL, LocalDate.of(2025, 6, 1));
    Results.left(service.findProduct(Actor.municipality(OSS), query), CommonError.NotFound.class);
    Results.left(service.findReferenceTariff(Actor.municipality(OSS), new ReferenceTariffQuery(LOCAL, LocalDate.of(2025, 6, 1))),
        CommonError.NotFound.class);
    Results.left(service.getProduct(Actor.municipality(OSS), LOCAL), CommonError.NotFound.class);
    Results.right(service.findProduct(Actor.municipality(BOEKEL), query));
    Results.right(service.findProduct(Actor.region(), query));
    Results.right(service.findProduct(Actor.provider(AgbCode.of("98000001")), query));
    Results.right(service.findProduct(Actor.supervisor(), query));
  }

  @Test
  void the_list_holds_the_versions_valid_on_the_date_ordered_by_code() {
    Page<ProductVersion> page = Results.right(service.listProducts(Actor.region(), asOf(LocalDate.of(2025, 6, 1))));
    assertThat(page.total()).isEqualTo(14);
    assertThat(page.items().map(v -> v.code().value())).containsExactly("01A01", "01A02", "01B01", "02A01", "02A02",
        "02B01", "03A01", "06L01", "07A01", "07A02", "11A01", "11A02", "15A01", "15A02");
    assertThat(page.items().find(v -> v.code().equals(HOUSEHOLD)).get().name()).isEqualTo("Hulp bij het huishouden basis (demo)");

    Page<ProductVersion> before = Results.right(service.listProducts(Actor.region(), asOf(LocalDate.of(2024, 6, 1))));
    assertThat(before.total()).isEqualTo(13);
    assertThat(before.items().map(ProductVersion::code)).doesNotContain(LOCAL);
    assertThat(Results.right(service.listProducts(Actor.region(), asOf(LocalDate.of(2023, 6, 1)))).total()).isZero();
  }

  @Test
  void the_list_leaves_out_other_members_local_products() {
    LocalDate date = LocalDate.of(2025, 6, 1);
    assertThat(Results.right(service.listProducts(Actor.municipality(OSS), asOf(date))).items().map(ProductVersion::code))
        .doesNotContain(LOCAL).hasSize(13);
    assertThat(Results.right(service.listProducts(Actor.municipality(BOEKEL), asOf(date))).items().map(ProductVersion::code))
        .contains(LOCAL).hasSize(14);
    assertThat(Results.right(service.listProducts(Actor.provider(AgbCode.of("98000001")), asOf(date))).total()).isEqualTo(14);
  }

  @Test
  void the_list_filters_by_category_and_pages() {
    var guidance = new ListProductsQuery(Option.some(LocalDate.of(2025, 6, 1)), Option.some(ProductCategory.GUIDANCE),
        new PageRequest(0, 2));
    Page<ProductVersion> first = Results.right(service.listProducts(Actor.region(), guidance));
    assertThat(first.total()).isEqualTo(3);
    assertThat(first.items().map(v -> v.code().value())).containsExactly("02A01", "02A02");

    var second = new ListProductsQuery(guidance.asOf(), guidance.category(), new PageRequest(1, 2));
    assertThat(Results.right(service.listProducts(Actor.region(), second)).items().map(v -> v.code().value()))
        .containsExactly("02B01");
  }

  @Test
  void the_list_without_a_date_is_as_of_today() {
    clock.set(LocalDate.of(2024, 6, 1));
    assertThat(Results.right(service.listProducts(Actor.region(), ListProductsQuery.today())).total()).isEqualTo(13);
    clock.set(LocalDate.of(2025, 6, 1));
    assertThat(Results.right(service.listProducts(Actor.region(), ListProductsQuery.today())).total()).isEqualTo(14);
  }

  @Test
  void a_list_without_a_page_is_invalid() {
    Results.left(service.listProducts(Actor.region(), new ListProductsQuery(Option.none(), Option.none(), null)),
        InvalidInput.class);
  }

  @Test
  void get_answers_the_whole_product() {
    Product product = Results.right(service.getProduct(Actor.region(), HOUSEHOLD));
    assertThat(product.versions()).hasSize(2);
    assertThat(product.tariffs()).hasSize(3);
    assertThat(product.version()).isEqualTo(1);
    Results.left(service.getProduct(Actor.region(), ProductCode.of("99Z99")), CommonError.NotFound.class);
    Results.left(service.getProduct(Actor.region(), null), InvalidInput.class);
  }

  @Test
  void the_bulk_read_answers_the_products_asked_for_and_only_to_a_party() {
    var found = Results.right(service.findProducts(Actor.region(), io.vavr.collection.List.of(HOUSEHOLD, LOCAL,
        ProductCode.of("99Z99"))));
    assertThat(found.map(Product::code)).containsExactlyInAnyOrder(HOUSEHOLD, LOCAL);
    assertThat(Results.right(service.findProducts(Actor.region(), io.vavr.collection.List.empty()))).isEmpty();
    assertThat(Results.left(service.findProducts(Actor.region(), null), InvalidInput.class)
        .errors().map(e -> e.field())).containsExactly("codes");
    Results.left(service.findProducts(Actor.analyst(), io.vavr.collection.List.of(HOUSEHOLD)),
        CommonError.Forbidden.class);
  }

  @Test
  void reads_of_one_product_name_what_is_missing_and_are_for_parties_only() {
    assertThat(Results.right(service.getProduct(Actor.region(), HOUSEHOLD)).code()).isEqualTo(HOUSEHOLD);
    assertThat(Results.left(service.getProduct(Actor.region(), null), InvalidInput.class)
        .errors().map(e -> e.field())).containsExactly("code");
    Results.left(service.getProduct(Actor.analyst(), HOUSEHOLD), CommonError.Forbidden.class);
    Results.left(service.findReferenceTariff(Actor.analyst(), new ReferenceTariffQuery(HOUSEHOLD, LocalDate.of(2025, 1, 1))),
        CommonError.Forbidden.class);
    Results.left(service.findProduct(Actor.analyst(), new FindProductQuery(HOUSEHOLD, LocalDate.of(2025, 1, 1))),
        CommonError.Forbidden.class);
    Results.left(service.listProducts(Actor.analyst(), asOf(LocalDate.of(2025, 1, 1))),
        CommonError.Forbidden.class);
    assertThat(Results.left(service.findProduct(Actor.region(), new FindProductQuery(HOUSEHOLD, LocalDate.of(1990, 1, 1))),
        CommonError.NotFound.class).message()).contains("01A01");
  }
}
