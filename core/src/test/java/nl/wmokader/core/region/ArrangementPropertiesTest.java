package nl.wmokader.core.region;

import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.core.region.domain.ArrangementError;
import nl.wmokader.core.region.domain.RegionalArrangement;
import nl.wmokader.core.shared.SharedGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

class ArrangementPropertiesTest implements WithQuickTheories {

  /** Extends n times, each decided on the current end's last day minus {@code daysBefore}, clamped to the start. */
  private static RegionalArrangement extend(RegionalArrangement arrangement, int n, int daysBefore) {
    RegionalArrangement current = arrangement;
    for (int i = 0; i < n; i++) {
      LocalDate on = current.end().minusDays(daysBefore);
      current = right(current.extendByOneYear(on.isBefore(current.start()) ? current.start() : on));
    }
    return current;
  }

  @Test
  void n_extensions_end_exactly_n_years_after_the_original_end() {
    qt().forAll(SharedGen.closedDateRanges(), integers().between(0, 10), integers().between(0, 400))
        .checkAssert((term, n, daysBefore) -> {
          RegionalArrangement original = RegionalArrangement.builder()
              .start(term.start()).originalEnd(term.end().get()).build();
          RegionalArrangement extended = extend(original, n, daysBefore);
          assertThat(extended.end()).isEqualTo(term.end().get().plusYears(n));
          assertThat(extended.extensions()).hasSize(n);
          assertThat(extended.start()).isEqualTo(term.start());
        });
  }

  @Test
  void each_extension_moves_the_end_by_exactly_one_year() {
    qt().forAll(integers().between(0, 10), SharedGen.dates()).checkAssert((n, anyDay) -> {
      RegionalArrangement before = extend(RegionalArrangement.reference(), n, 0);
      LocalDate on = anyDay.isBefore(before.start()) ? before.start() : anyDay;
      Either<ArrangementError, RegionalArrangement> after = before.extendByOneYear(on);
      if (on.isAfter(before.end())) {
        assertThat(after.getLeft()).isInstanceOf(ArrangementError.ExtensionAfterEnd.class);
      } else {
        assertThat(after.get().end()).isEqualTo(before.end().plusYears(1));
        assertThat(after.get().extensions().last().decidedOn()).isEqualTo(on);
      }
    });
  }
}
