package nl.wmokader.core.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;

/**
 * The iWmo code lists the catalogue speaks (categories, units, frequencies, product codes) and the
 * shape every product keeps: its versions and reference tariffs ordered and never overlapping.
 */
class CodeListsAndProductShapeTest {
  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

  @Test
  void every_category_is_its_two_digit_iwmo_code_and_only_those_codes_are_categories() {
    for (ProductCategory c : ProductCategory.values()) {
      assertThat(c.code()).matches("\\d{2}");
      assertThat(ProductCategory.ofCode(c.code())).contains(c);
    }
    assertThat(Arrays.stream(ProductCategory.values()).map(ProductCategory::code))
        .containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15",
            "16", "17", "18");
    assertThat(ProductCategory.ofCode("19")).isEmpty();
    assertThat(ProductCategory.ofCode("1")).isEmpty();
    assertThat(ProductCategory.ofCode(null)).isEmpty();
  }

  @Test
  void aids_are_11_to_14_and_the_safety_net_15_to_18_and_nothing_else() {
    for (ProductCategory c : ProductCategory.values()) {
      int code = Integer.parseInt(c.code());
      assertThat(c.isAid()).as(c.name()).isEqualTo(code >= 11 && code <= 14);
      assertThat(c.isShelteredHousingOrShelter()).as(c.name()).isEqualTo(code >= 15 && code <= 18);
    }
  }

  @Test
  void units_and_frequencies_are_their_iwmo_codes() {
    assertThat(Arrays.stream(Unit.values()).map(Unit::code)).containsExactly("01", "04", "14", "16", "82", "83", "84");
    for (Unit u : Unit.values()) {
      assertThat(Unit.ofCode(u.code())).contains(u);
    }
    assertThat(Unit.ofCode("02")).isEmpty();
    assertThat(Arrays.stream(Frequency.values()).map(Frequency::code)).containsExactly("1", "2", "4", "6");
    for (Frequency f : Frequency.values()) {
      assertThat(Frequency.ofCode(f.code())).contains(f);
    }
    assertThat(Frequency.ofCode("3")).isEmpty();
  }

  @Test
  void a_product_code_is_one_to_five_capitals_or_digits() {
    assertThat(ProductCode.validate("product", "02A01").get()).isEqualTo(ProductCode.of("02A01"));
    assertThat(ProductCode.validate("product", "7").get().toString()).isEqualTo("7");
    assertThat(ProductCode.validate("product", "ZZZZZ").isValid()).isTrue();
    for (String wrong : new String[] {"02a01", "02A012", "02-01", " 02A0"}) {
      assertThat(ProductCode.validate("product", wrong).getError().code()).as(wrong).isEqualTo("product_code_format");
    }
    assertThat(ProductCode.validate("product", "").getError().code()).isEqualTo("required");
    assertThat(ProductCode.validate("product", null).getError().field()).isEqualTo("product");
    assertThatThrownBy(() -> ProductCode.of("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThat(ProductCode.of("02A01").compareTo(ProductCode.of("02A02"))).isNegative();
  }

  private static ProductVersion version(LocalDate from, LocalDate to, Option<MunicipalityCode> owner) {
    return ProductVersion.builder().code(ProductCode.of("02A01")).category(ProductCategory.GUIDANCE)
        .name("Begeleiding").unit(Unit.HOUR).variant(ExecutionVariant.EFFORT_BASED)
        .validity(to == null ? DateRange.of(from, Option.none()) : DateRange.of(from, to)).localTo(owner).build();
  }

  @Test
  void versions_and_tariffs_follow_each_other_without_overlap() {
    ProductVersion first = version(JAN, LocalDate.of(2026, 6, 30), Option.none());
    ProductVersion second = version(LocalDate.of(2026, 7, 1), null, Option.none());
    Product product = Product.define(first).withVersions(List.of(first, second));
    assertThat(product.versions()).hasSize(2);
    assertThat(product.isLocal()).isFalse();
    assertThat(product.localTo()).isEmpty();

    // touching on the same day, or the wrong way round, is refused
    ProductVersion overlapping = version(LocalDate.of(2026, 6, 30), null, Option.none());
    assertThatThrownBy(() -> product.withVersions(List.of(first, overlapping)))
        .hasMessageContaining("not ordered and disjoint");
    assertThatThrownBy(() -> product.withVersions(List.of(second, first)))
        .hasMessageContaining("not ordered and disjoint");
    // an open version can have no successor
    assertThatThrownBy(() -> product.withVersions(List.of(version(JAN, null, Option.none()), second)))
        .hasMessageContaining("not ordered and disjoint");

    ReferenceTariff h1 = new ReferenceTariff(Money.ofCents(6540), DateRange.of(JAN, LocalDate.of(2026, 6, 30)));
    ReferenceTariff h2 = new ReferenceTariff(Money.ofCents(6700), DateRange.of(LocalDate.of(2026, 7, 1), Option.none()));
    assertThat(product.withTariffs(List.of(h1, h2)).tariffs()).hasSize(2);
    ReferenceTariff overlap = new ReferenceTariff(Money.ofCents(6700), DateRange.of(LocalDate.of(2026, 6, 1), Option.none()));
    assertThatThrownBy(() -> product.withTariffs(List.of(h1, overlap)))
        .hasMessageContaining("reference tariffs of 02A01 are not ordered and disjoint");
  }

  @Test
  void a_version_of_another_product_category_or_owner_does_not_belong() {
    Product product = Product.define(version(JAN, LocalDate.of(2026, 6, 30), Option.none()));
    ProductVersion local = version(LocalDate.of(2026, 7, 1), null, Option.some(MunicipalityCode.of("1721")));
    assertThatThrownBy(() -> product.withVersions(product.versions().append(local)))
        .hasMessageContaining("does not belong to product 02A01");
    Product owned = Product.define(version(JAN, null, Option.some(MunicipalityCode.of("1721"))));
    assertThat(owned.isLocal()).isTrue();
    assertThat(owned.localTo()).contains(MunicipalityCode.of("1721"));
  }
}
