package nl.wmokader.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import nl.wmokader.core.shared.Bsn;
import org.junit.jupiter.api.Test;

class TestRangeBsnsTest {

  @Test
  void every_number_of_the_range_starts_9999_passes_the_eleven_test_and_comes_once_in_ascending_order() {
    List<String> all = TestRangeBsns.first(TestRangeBsns.CAPACITY).map(Bsn::value);
    assertThat(all).allSatisfy(bsn -> assertThat(ElevenTest.inTestRange(bsn)).as("a test-range BSN").isTrue());
    assertThat(all.distinct().size()).isEqualTo(all.size());
    assertThat(all.sorted()).isEqualTo(all);
  }

  @Test
  void the_range_holds_every_eleven_test_valid_number_from_9999_0001_on() {
    long valid = List.rangeClosed(1, 9999).map(n -> "9999" + String.format("%04d", n))
        .count(eight -> List.rangeClosed(0, 9).exists(d -> ElevenTest.passes(eight + d)));
    assertThat(TestRangeBsns.CAPACITY).isEqualTo((int) valid).isGreaterThan(8000);
    assertThat(TestRangeBsns.first(3).map(Bsn::value)).containsExactly("999900018", "999900031", "999900043");
  }

  @Test
  void the_same_count_gives_the_same_numbers() {
    assertThat(TestRangeBsns.first(300)).isEqualTo(TestRangeBsns.first(300)).hasSize(300);
    assertThat(TestRangeBsns.first(300)).startsWith(TestRangeBsns.first(10).toJavaArray(Bsn[]::new));
  }

  @Test
  void more_than_the_range_holds_is_refused() {
    assertThatThrownBy(() -> TestRangeBsns.first(TestRangeBsns.CAPACITY + 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TestRangeBsns.first(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
