package nl.wmokader.core.catalogue.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.CatalogueGen;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.ReferenceTariff;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The contract of {@link ProductRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class ProductRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract ProductRepository newRepository();

  @Test
  void an_empty_repository_has_no_products() {
    ProductRepository repo = newRepository();
    assertThat(repo.findByCode(ProductCode.of("01A01")).isEmpty()).isTrue();
    assertThat(repo.findAll().isEmpty()).isTrue();
  }

  @Test
  void save_then_find_round_trips_with_the_version_raised() {
    qt().withExamples(60).forAll(CatalogueGen.products()).checkAssert(product -> {
      ProductRepository repo = newRepository();
      Product saved = Results.right(repo.save(product));
      assertThat(saved.version()).isEqualTo(1);
      assertThat(saved.withVersion(0)).isEqualTo(product);
      assertThat(repo.findByCode(product.code()).get()).isEqualTo(saved);
      assertThat(repo.findAll()).containsExactly(saved);
    });
  }

  @Test
  void the_reference_catalogue_round_trips_in_code_order() {
    ProductRepository repo = newRepository();
    List<Product> catalogue = CatalogueGen.referenceCatalogue();
    catalogue.reverse().forEach(p -> Results.right(repo.save(p)));
    assertThat(repo.findAll().map(p -> p.withVersion(0))).containsExactlyElementsOf(catalogue.sortBy(Product::code));
  }

  @Test
  void find_all_is_ordered_by_code() {
    qt().withExamples(30).forAll(lists().of(CatalogueGen.products()).ofSizeBetween(0, 8)).checkAssert(generated -> {
      ProductRepository repo = newRepository();
      List<Product> products = CatalogueGen.distinctByCode(generated);
      products.forEach(p -> Results.right(repo.save(p)));
      assertThat(repo.findAll().map(Product::code)).containsExactlyElementsOf(products.map(Product::code).sorted());
    });
  }

  @Test
  void a_stale_save_is_a_conflict_and_changes_nothing() {
    ProductRepository repo = newRepository();
    Product first = Results.right(repo.save(CatalogueGen.referenceCatalogue().head()));
    Product priced = first.setReferenceTariff(
        new ReferenceTariff(Money.ofCents(4_000), DateRange.from(LocalDate.of(2027, 1, 1)))).get();
    Product second = Results.right(repo.save(priced));

    Either<DomainError, Product> stale = repo.save(first.withTariffs(List.empty()));
    Results.left(stale, CommonError.StaleVersion.class);
    assertThat(repo.findByCode(first.code()).get()).isEqualTo(second);
    assertThat(second.version()).isEqualTo(2);
  }

  @Test
  void saving_a_new_product_under_a_stored_code_is_a_duplicate() {
    qt().withExamples(30).forAll(CatalogueGen.products(), CatalogueGen.products()).checkAssert((a, b) -> {
      ProductRepository repo = newRepository();
      Product stored = Results.right(repo.save(a));
      Product clash = CatalogueGen.recode(b, a.code());
      Results.left(repo.save(clash), CommonError.Duplicate.class);
      assertThat(repo.findByCode(a.code()).get()).isEqualTo(stored);
    });
  }

  @Test
  void updating_a_product_that_is_not_stored_is_a_conflict() {
    ProductRepository repo = newRepository();
    Results.left(repo.save(CatalogueGen.referenceCatalogue().head().withVersion(3)), CommonError.StaleVersion.class);
    assertThat(repo.findAll().isEmpty()).isTrue();
  }

  @Test
  void updates_replace_versions_tariffs_and_owner() {
    qt().withExamples(40).forAll(CatalogueGen.products(), CatalogueGen.products()).checkAssert((a, b) -> {
      ProductRepository repo = newRepository();
      Product first = Results.right(repo.save(a));
      Product replacement = CatalogueGen.recode(b, a.code()).withVersion(first.version());
      Product second = Results.right(repo.save(replacement));
      assertThat(second.version()).isEqualTo(2);
      assertThat(second.withVersion(first.version())).isEqualTo(replacement);
      assertThat(repo.findByCode(a.code()).get()).isEqualTo(second);
    });
  }

  /** One step against the repository: a save of {@code product} based on the model's version plus {@code skew}. */
  record Save(Product product, boolean asNew, long skew) {}

  private static Gen<Save> saves() {
    return CatalogueGen.products(CatalogueGen.fewCodes()).zip(Generate.booleans(),
        Generate.pick(java.util.List.of(0L, 0L, 0L, 1L, -1L)), Save::new);
  }

  @Test
  void behaves_like_a_sorted_map_of_code_to_product() {
    qt().withExamples(50).forAll(lists().of(saves()).ofSizeBetween(1, 15)).checkAssert(steps -> {
      ProductRepository repo = newRepository();
      SortedMap<ProductCode, Product> model = TreeMap.empty();
      for (Save step : steps) {
        Option<Product> current = model.get(step.product().code());
        long basedOn = step.asNew() ? 0 : current.map(Product::version).getOrElse(0L) + step.skew();
        Product attempt = step.product().withVersion(Math.max(0, basedOn));
        Either<DomainError, Product> result = repo.save(attempt);

        long stored = current.map(Product::version).getOrElse(0L);
        if (attempt.version() == 0 && current.isDefined()) {
          Results.left(result, CommonError.Duplicate.class);
        } else if (attempt.version() != stored) {
          Results.left(result, CommonError.StaleVersion.class);
        } else {
          Product saved = Results.right(result);
          assertThat(saved).isEqualTo(attempt.withVersion(stored + 1));
          model = model.put(saved.code(), saved);
        }
        assertThat(repo.findAll()).as("after " + step).containsExactlyElementsOf(model.values());
      }
      for (Product p : model.values()) {
        assertThat(repo.findByCode(p.code())).containsExactly(p);
      }
    });
  }
}
