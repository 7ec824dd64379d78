package nl.wmokader.core.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import nl.wmokader.core.catalogue.CatalogueGen;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.SharedGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Invariants and model-based properties of the {@link Product} aggregate. */
class ProductPropertiesTest implements WithQuickTheories {

  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  /** Dates within one year, so that revisions and tariffs collide often. */
  private static Gen<LocalDate> nearDates() {
    return SourceDSL.integers().between(0, 365).map(BASE::plusDays);
  }

  private static Gen<DateRange> nearRanges() {
    return nearDates().zip(SourceDSL.integers().between(0, 90), Generate.booleans(),
        (start, days, open) -> open ? DateRange.from(start) : DateRange.of(start, start.plusDays(days)));
  }

  /** A revision: a new version over {@code validity} named {@code name}. */
  record Revision(DateRange validity, String name) {}

  /** A tariff setting. */
  record Setting(DateRange validity, Money perUnit) {}

  private static Gen<Revision> revisions() {
    return nearRanges().zip(CatalogueGen.names(), Revision::new);
  }

  private static Gen<Setting> settings() {
    return nearRanges().zip(CatalogueGen.tariffs(), Setting::new);
  }

  /** The obviously right model: start date -> (end or null, payload). */
  record Entry<T>(LocalDate end, T payload) {
    boolean contains(LocalDate start, LocalDate date) {
      return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }
  }

  private static <T> Option<T> lookup(TreeMap<LocalDate, Entry<T>> model, LocalDate date) {
    Map.Entry<LocalDate, Entry<T>> floor = model.floorEntry(date);
    return floor != null && floor.getValue().contains(floor.getKey(), date)
        ? Option.some(floor.getValue().payload()) : Option.none();
  }

  private static boolean disjointAndOrdered(List<DateRange> ranges) {
    for (int i = 0; i < ranges.size(); i++) {
      for (int j = i + 1; j < ranges.size(); j++) {
        if (ranges.get(i).overlaps(ranges.get(j)) || !ranges.get(i).start().isBefore(ranges.get(j).start())) {
          return false;
        }
      }
    }
    return true;
  }

  private static Product defined(DateRange first, String name) {
    return Product.define(new CatalogueGen.VersionSpec(name, Unit.HOUR, ExecutionVariant.EFFORT_BASED, Option.none())
        .toVersion(ProductCode.of("02A01"), ProductCategory.GUIDANCE, Option.none(), first));
  }

  @Test
  void versions_never_overlap_after_any_sequence_of_revisions_and_agree_with_a_date_map() {
    qt().forAll(revisions(), lists().of(revisions()).ofSizeBetween(1, 25), lists().of(nearDates()).ofSizeBetween(1, 10))
        .checkAssert((first, steps, probes) -> {
          Product product = defined(first.validity(), first.name());
          TreeMap<LocalDate, Entry<String>> model = new TreeMap<>();
          model.put(first.validity().start(), new Entry<>(first.validity().end().getOrNull(), first.name()));

          for (Revision step : steps) {
            LocalDate from = step.validity().start();
            boolean accepted = from.isAfter(model.lastKey());
            Either<CatalogueError, Product> result = product.revise(new CatalogueGen.VersionSpec(
                step.name(), Unit.MINUTE, ExecutionVariant.EFFORT_BASED, Option.none())
                .toVersion(product.code(), product.category(), Option.none(), step.validity()));

            assertThat(result.isRight()).as(step.toString()).isEqualTo(accepted);
            if (accepted) {
              Map.Entry<LocalDate, Entry<String>> last = model.lastEntry();
              if (last.getValue().end() == null || !last.getValue().end().isBefore(from)) {
                model.put(last.getKey(), new Entry<>(from.minusDays(1), last.getValue().payload()));
              }
              model.put(from, new Entry<>(step.validity().end().getOrNull(), step.name()));
              product = result.get();
            } else {
              assertThat(result.getLeft()).isInstanceOf(CatalogueError.VersionOverlap.class);
            }

            List<ProductVersion> versions = List.ofAll(product.versions());
            assertThat(disjointAndOrdered(versions.map(ProductVersion::validity))).as(versions.toString()).isTrue();
            assertThat(versions.map(v -> v.validity().start() + "/" + v.validity().end().getOrNull() + "/" + v.name()))
                .containsExactlyElementsOf(List.ofAll(model.entrySet())
                    .map(e -> e.getKey() + "/" + e.getValue().end() + "/" + e.getValue().payload()));
          }
          for (LocalDate d : probes) {
            assertThat(product.versionOn(d).map(ProductVersion::name)).as(d.toString()).isEqualTo(lookup(model, d));
          }
        });
  }

  @Test
  void tariffs_never_overlap_after_any_sequence_of_settings_and_agree_with_a_date_map() {
    qt().forAll(lists().of(settings()).ofSizeBetween(1, 25), lists().of(nearDates()).ofSizeBetween(1, 10))
        .checkAssert((steps, probes) -> {
          Product product = defined(DateRange.from(BASE), "Begeleiding");
          TreeMap<LocalDate, Entry<Money>> model = new TreeMap<>();

          for (Setting step : steps) {
            LocalDate from = step.validity().start();
            TreeMap<LocalDate, Entry<Money>> next = new TreeMap<>(model);
            next.replaceAll((start, e) -> e.end() == null && start.isBefore(from)
                ? new Entry<>(from.minusDays(1), e.payload()) : e);
            boolean accepted = next.entrySet().stream().noneMatch(e ->
                DateRange.of(e.getKey(), Option.of(e.getValue().end())).overlaps(step.validity()));

            Either<CatalogueError, Product> result = product.setReferenceTariff(new ReferenceTariff(step.perUnit(), step.validity()));
            assertThat(result.isRight()).as(step.toString()).isEqualTo(accepted);
            if (accepted) {
              next.put(from, new Entry<>(step.validity().end().getOrNull(), step.perUnit()));
              model = next;
              product = result.get();
            } else {
              assertThat(result.getLeft()).isInstanceOf(CatalogueError.TariffOverlap.class);
            }

            List<ReferenceTariff> tariffs = List.ofAll(product.tariffs());
            assertThat(disjointAndOrdered(tariffs.map(ReferenceTariff::validity))).as(tariffs.toString()).isTrue();
            assertThat(tariffs.map(t -> t.validity().start() + "/" + t.validity().end().getOrNull() + "/" + t.perUnit()))
                .containsExactlyElementsOf(List.ofAll(model.entrySet())
                    .map(e -> e.getKey() + "/" + e.getValue().end() + "/" + e.getValue().payload()));
          }
          for (LocalDate d : probes) {
            assertThat(product.referenceTariffOn(d).map(ReferenceTariff::perUnit)).as(d.toString()).isEqualTo(lookup(model, d));
          }
        });
  }

  @Test
  void as_of_lookup_returns_exactly_the_version_whose_validity_contains_the_date() {
    qt().forAll(CatalogueGen.products(), SharedGen.dates()).checkAssert((product, date) -> {
      List<ProductVersion> containing = List.ofAll(product.versions()).filter(v -> v.validity().contains(date));
      assertThat(containing.size()).isLessThanOrEqualTo(1);
      assertThat(product.versionOn(date)).isEqualTo(containing.headOption());
    });
  }

  @Test
  void tariff_lookup_returns_exactly_the_tariff_whose_validity_contains_the_date() {
    qt().forAll(CatalogueGen.products(), SharedGen.dates()).checkAssert((product, date) -> {
      List<ReferenceTariff> containing = List.ofAll(product.tariffs()).filter(t -> t.validity().contains(date));
      assertThat(containing.size()).isLessThanOrEqualTo(1);
      assertThat(product.referenceTariffOn(date)).isEqualTo(containing.headOption());
    });
  }

  @Test
  void lookups_on_a_version_start_or_end_find_that_version() {
    qt().forAll(CatalogueGen.products()).checkAssert(product -> {
      for (ProductVersion v : product.versions()) {
        assertThat(product.versionOn(v.validity().start())).containsExactly(v);
        v.validity().end().forEach(end -> assertThat(product.versionOn(end)).containsExactly(v));
      }
    });
  }

  @Test
  void a_revision_never_changes_a_version_that_ended_before_it() {
    qt().forAll(CatalogueGen.products(), revisions()).checkAssert((product, revision) -> {
      var result = product.revise(new CatalogueGen.VersionSpec(revision.name(), Unit.HOUR, ExecutionVariant.EFFORT_BASED,
          Option.none()).toVersion(product.code(), product.category(), product.localTo(), revision.validity()));
      result.forEach(revised -> {
        assertThat(revised.versions().size()).isEqualTo(product.versions().size() + 1);
        assertThat(revised.versions().init().init()).containsExactlyElementsOf(product.versions().init());
        assertThat(revised.latestVersion().localTo()).isEqualTo(product.localTo());
      });
    });
  }

  @Test
  void a_member_local_product_is_visible_to_its_own_member_and_never_to_another_members_staff() {
    qt().forAll(CatalogueGen.localProducts(), SharedGen.members()).checkAssert((product, member) ->
        assertThat(product.isVisibleTo(Actor.municipality(member))).isEqualTo(product.localTo().contains(member)));
  }

  @Test
  void a_regional_product_is_visible_to_every_actor() {
    qt().forAll(CatalogueGen.products(), SharedGen.actors()).checkAssert((product, actor) ->
        assertThat(CatalogueGen.relocate(product, Option.none()).isVisibleTo(actor)).isTrue());
  }
}
