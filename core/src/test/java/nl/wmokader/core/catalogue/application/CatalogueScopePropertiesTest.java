package nl.wmokader.core.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.CatalogueGen;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.FindProductQuery;
import nl.wmokader.core.catalogue.port.in.ListProductsQuery;
import nl.wmokader.core.catalogue.port.in.ReferenceTariffQuery;
import nl.wmokader.core.catalogue.port.in.ReviseProductCommand;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.inmemory.InMemoryProductRepository;
import nl.wmokader.core.inmemory.InMemoryRegionRepository;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.application.RegionServices;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** Scope of the catalogue's use cases over generated products and actors. */
class CatalogueScopePropertiesTest implements WithQuickTheories {

  private record Services(InMemoryProductRepository products, ReadCatalogueService read, ManageCatalogueService manage) {}

  private static Services services(Product stored) {
    var products = new InMemoryProductRepository();
    Results.right(products.save(stored));
    var regions = new InMemoryRegionRepository();
    Results.right(regions.save(RegionGen.reference()));
    return new Services(products, new ReadCatalogueService(products, new MutableClock(LocalDate.of(2025, 1, 1)), AccessPolicy.standard()),
        new ManageCatalogueService(products, new RegionServices(regions, AccessPolicy.standard()), AccessPolicy.standard()));
  }

  private static boolean otherMembersStaff(Actor actor, Product product) {
    return product.localTo().isDefined() && actor.role() == Actor.Role.MUNICIPALITY
        && !actor.municipality().equals(product.localTo());
  }

  @Test
  void a_member_local_product_is_never_visible_to_another_members_staff() {
    qt().forAll(CatalogueGen.localProducts(), SharedGen.actors(), SharedGen.dates()).checkAssert((product, actor, date) -> {
      Services s = services(product);
      boolean hidden = otherMembersStaff(actor, product);

      var found = s.read().findProduct(actor, new FindProductQuery(product.code(), date));
      var tariff = s.read().findReferenceTariff(actor, new ReferenceTariffQuery(product.code(), date));
      var whole = s.read().getProduct(actor, product.code());
      var listed = Results.right(s.read().listProducts(actor,
          new ListProductsQuery(Option.some(date), Option.none(), PageRequest.first())));

      if (hidden) {
        assertThat(found.getLeft()).isInstanceOf(CommonError.NotFound.class);
        assertThat(tariff.getLeft()).isInstanceOf(CommonError.NotFound.class);
        assertThat(whole.getLeft()).isInstanceOf(CommonError.NotFound.class);
        assertThat(listed.total()).isZero();
      } else {
        assertThat(found.toOption()).isEqualTo(product.versionOn(date));
        assertThat(Results.right(tariff)).isEqualTo(product.referenceTariffOn(date).map(t -> t.perUnit()));
        assertThat(Results.right(whole).withVersion(0)).isEqualTo(product);
        assertThat(listed.items()).isEqualTo(product.versionOn(date).toList());
      }
    });
  }

  @Test
  void another_members_staff_cannot_change_a_local_product_and_learn_nothing_from_trying() {
    qt().forAll(CatalogueGen.localProducts(), SharedGen.members(), SharedGen.dates()).checkAssert((product, member, date) -> {
      Services s = services(product);
      Actor actor = Actor.municipality(member);
      var revise = s.manage().reviseProduct(actor, new ReviseProductCommand(product.code(), Option.none(), "Anders",
          Unit.HOUR, ExecutionVariant.EFFORT_BASED, Option.none(), date, Option.none()));
      var price = s.manage().setReferenceTariff(actor, new SetReferenceTariffCommand(product.code(), Money.ofCents(100),
          date, Option.none()));
      if (product.localTo().contains(member)) {
        assertThat(revise.isRight() || revise.getLeft().code().equals("VersionOverlap")).as(revise.toString()).isTrue();
        assertThat(price.isRight() || price.getLeft().code().equals("TariffOverlap")).as(price.toString()).isTrue();
      } else {
        assertThat(revise.getLeft()).isEqualTo(new CommonError.NotFound("Product", product.code().value()));
        assertThat(price.getLeft()).isEqualTo(new CommonError.NotFound("Product", product.code().value()));
        assertThat(s.products().findByCode(product.code()).get().withVersion(0)).isEqualTo(product);
      }
    });
  }

  @Test
  void the_list_is_ordered_by_code_and_holds_exactly_the_visible_versions_of_the_day() {
    qt().forAll(lists().of(CatalogueGen.products()).ofSizeBetween(0, 10), SharedGen.actors(), SharedGen.dates())
        .checkAssert((generated, actor, date) -> {
          var products = CatalogueGen.distinctByCode(generated);
          var repo = new InMemoryProductRepository();
          products.forEach(p -> Results.right(repo.save(p)));
          var read = new ReadCatalogueService(repo, new MutableClock(date), AccessPolicy.standard());

          var page = Results.right(read.listProducts(actor, ListProductsQuery.today()));
          var expected = products.sortBy(Product::code)
              .filter(p -> !otherMembersStaff(actor, p))
              .flatMap(p -> p.versionOn(date));
          assertThat(page.items().map(ProductVersion::code)).containsExactlyElementsOf(expected.map(ProductVersion::code));
          assertThat(page.items()).containsExactlyElementsOf(expected);
        });
  }
}
