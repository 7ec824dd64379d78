package nl.wmokader.core.region;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.LocalDate;
import nl.wmokader.core.region.domain.ArrangementError;
import nl.wmokader.core.region.domain.ArrangementExtension;
import nl.wmokader.core.region.domain.RegionalArrangement;
import nl.wmokader.core.shared.DateRange;
import org.junit.jupiter.api.Test;

class ArrangementTest {

  @Test
  void the_reference_term_is_2024_through_2028() {
    RegionalArrangement arrangement = RegionalArrangement.reference();

    assertThat(arrangement.term()).isEqualTo(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)));
    assertThat(arrangement.extensions()).isEmpty();
  }

  @Test
  void two_extensions_run_to_the_end_of_2030_and_are_recorded() {
    RegionalArrangement once = right(RegionalArrangement.reference().extendByOneYear(LocalDate.of(2028, 6, 1)));
    RegionalArrangement twice = right(once.extendByOneYear(LocalDate.of(2029, 12, 31)));

    assertThat(twice.end()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(twice.extensions()).containsExactly(
        new ArrangementExtension(LocalDate.of(2028, 6, 1), LocalDate.of(2029, 12, 31)),
        new ArrangementExtension(LocalDate.of(2029, 12, 31), LocalDate.of(2030, 12, 31)));
  }

  @Test
  void an_extension_decided_after_the_end_is_refused() {
    ArrangementError.ExtensionAfterEnd error = left(
        RegionalArrangement.reference().extendByOneYear(LocalDate.of(2029, 1, 1)), ArrangementError.ExtensionAfterEnd.class);

    assertThat(error.end()).isEqualTo(LocalDate.of(2028, 12, 31));
  }

  @Test
  void an_extension_decided_before_the_start_is_refused() {
    left(RegionalArrangement.reference().extendByOneYear(LocalDate.of(2023, 12, 31)), ArrangementError.ExtensionBeforeStart.class);
  }

  @Test
  void a_leap_day_end_does_not_drift() {
    RegionalArrangement leap = RegionalArrangement.builder()
        .start(LocalDate.of(2020, 3, 1)).originalEnd(LocalDate.of(2024, 2, 29)).build();
    RegionalArrangement current = leap;
    for (int i = 0; i < 4; i++) {
      current = right(current.extendByOneYear(current.end()));
    }

    assertThat(current.end()).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void recorded_extensions_must_follow_the_one_year_rule() {
    assertThatThrownBy(() -> RegionalArrangement.reference()
        .withExtensions(List.of(new ArrangementExtension(LocalDate.of(2028, 1, 1), LocalDate.of(2030, 12, 31)))))
        .isInstanceOf(IllegalStateException.class);
  }
}
