package nl.wmokader.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

class DateRangePropertiesTest implements WithQuickTheories {

  /** The naive definition: some day lies in both. */
  private static boolean shareADay(DateRange a, DateRange b) {
    LocalDate from = a.start().isAfter(b.start()) ? a.start() : b.start();
    return a.contains(from) && b.contains(from);
  }

  @Test
  void overlap_is_symmetric_and_agrees_with_sharing_a_day() {
    qt().forAll(SharedGen.dateRanges(), SharedGen.dateRanges()).checkAssert((a, b) -> {
      assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
      assertThat(a.overlaps(b)).isEqualTo(shareADay(a, b));
    });
  }

  @Test
  void a_range_overlaps_and_contains_itself() {
    qt().forAll(SharedGen.dateRanges()).checkAssert(a -> {
      assertThat(a.overlaps(a)).isTrue();
      assertThat(a.contains(a)).isTrue();
      assertThat(a.contains(a.start())).isTrue();
    });
  }

  @Test
  void containment_means_every_day_is_inside() {
    qt().forAll(SharedGen.dateRanges(), SharedGen.closedDateRanges()).checkAssert((outer, inner) -> {
      boolean everyDay = true;
      for (LocalDate d = inner.start(); !d.isAfter(inner.end().get()); d = d.plusDays(1)) {
        everyDay &= outer.contains(d);
      }
      assertThat(outer.contains(inner)).isEqualTo(everyDay);
    });
  }

  @Test
  void an_open_range_is_contained_only_in_an_open_range() {
    qt().forAll(SharedGen.dateRanges(), SharedGen.dates()).checkAssert((outer, start) -> {
      if (outer.end().isDefined()) {
        assertThat(outer.contains(DateRange.from(start))).isFalse();
      }
    });
  }

  @Test
  void the_intersection_holds_exactly_the_shared_days() {
    qt().forAll(SharedGen.dateRanges(), SharedGen.dateRanges(), SharedGen.dates()).checkAssert((a, b, day) -> {
      var both = a.intersection(b);
      assertThat(both.isDefined()).isEqualTo(a.overlaps(b));
      assertThat(both.map(r -> r.contains(day)).getOrElse(false)).isEqualTo(a.contains(day) && b.contains(day));
      both.forEach(r -> assertThat(a.contains(r) && b.contains(r)).isTrue());
    });
  }

  @Test
  void invalid_bounds_are_field_errors_not_exceptions() {
    var result = DateRange.validate("start", LocalDate.of(2025, 2, 1), "end", io.vavr.control.Option.some(LocalDate.of(2025, 1, 31)));
    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().field()).isEqualTo("end");
  }
}
