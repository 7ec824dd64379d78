package nl.wmokader.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ReferenceTariff;
import nl.wmokader.core.shared.Money;
import org.junit.jupiter.api.Test;

/** The reference catalogue the example service seeds. */
class ReferenceCatalogueTest {

  private final List<Product> catalogue = CatalogueGen.referenceCatalogue();

  @Test
  void it_has_distinct_regional_products_across_the_expected_categories() {
    assertThat(catalogue.size()).isBetween(10, 15);
    assertThat(catalogue.map(Product::code).distinct()).hasSameSizeAs(catalogue);
    assertThat(catalogue.forAll(p -> p.localTo().isEmpty())).isTrue();
    assertThat(catalogue.map(Product::category).distinct()).containsExactlyInAnyOrder(
        ProductCategory.HOUSEHOLD_HELP, ProductCategory.GUIDANCE, ProductCategory.PERSONAL_CARE,
        ProductCategory.DAY_ACTIVITIES, ProductCategory.WHEELCHAIRS, ProductCategory.SHELTERED_HOUSING);
    assertThat(catalogue.map(Product::code)).isEqualTo(catalogue.map(Product::code).sorted());
  }

  @Test
  void every_product_is_visibly_fictional_and_valid_from_2024_on() {
    for (Product p : catalogue) {
      assertThat(p.versions().forAll(v -> v.name().endsWith("(demo)"))).as(p.code().value()).isTrue();
      assertThat(p.versions().head().validity().start()).isEqualTo(LocalDate.of(2024, 1, 1));
      assertThat(p.versionOn(LocalDate.of(2031, 1, 1)).isDefined()).isTrue();
    }
  }

  @Test
  void every_product_has_a_rising_positive_tariff_in_2024_2025_and_from_2026() {
    for (Product p : catalogue) {
      List<Money> yearly = List.of(2024, 2025, 2026)
          .map(y -> p.referenceTariffOn(LocalDate.of(y, 7, 1)).map(ReferenceTariff::perUnit).get());
      assertThat(yearly.head().isPositive()).isTrue();
      assertThat(yearly.sliding(2).forAll(pair -> pair.get(0).compareTo(pair.get(1)) < 0)).as(p.code().value()).isTrue();
      assertThat(p.tariffs().last().validity().isOpenEnded()).isTrue();
      assertThat(p.referenceTariffOn(LocalDate.of(2023, 12, 31)).isEmpty()).isTrue();
    }
  }
}
