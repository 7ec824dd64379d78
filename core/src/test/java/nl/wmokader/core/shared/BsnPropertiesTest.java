package nl.wmokader.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

class BsnPropertiesTest implements WithQuickTheories {

  @Test
  void generated_test_numbers_pass_the_eleven_test_and_lie_in_the_test_range() {
    qt().forAll(SharedGen.testBsns()).checkAssert(bsn -> {
      assertThat(Bsn.isValid(bsn.value())).isTrue();
      assertThat(bsn.isTestNumber()).isTrue();
      assertThat(Bsn.validate("bsn", bsn.value()).isValid()).isTrue();
    });
  }

  @Test
  void every_single_digit_change_of_a_valid_number_is_rejected() {
    // The weights 9..2 and -1 are all non-zero mod 11, so changing one digit always breaks the sum.
    qt().forAll(SharedGen.testBsns(), integers().between(0, 8), integers().between(1, 9)).checkAssert((bsn, position, delta) -> {
      char[] digits = bsn.value().toCharArray();
      digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
      String changed = new String(digits);
      assertThat(Bsn.isValid(changed)).as("changed digit %d", position).isFalse();
      assertThat(Bsn.validate("bsn", changed).getError().code()).isEqualTo("bsn_eleven_test");
    });
  }

  @Test
  void anything_but_nine_digits_is_a_format_error() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 12)).checkAssert(raw -> {
      var result = Bsn.validate("bsn", raw);
      if (!raw.matches("\\d{9}")) {
        assertThat(result.isInvalid()).isTrue();
        assertThat(result.getError().code()).isIn("required", "bsn_format");
      }
    });
  }

  @Test
  void the_number_never_shows_in_text() {
    qt().forAll(SharedGen.testBsns()).checkAssert(bsn -> {
      assertThat(bsn.toString()).doesNotContain(bsn.value());
      assertThat(new FieldError("bsn", "x", "y").toString()).doesNotContain(bsn.value());
    });
  }

  @Test
  void known_numbers() {
    assertThat(Bsn.isValid("999990019")).isTrue();
    assertThat(Bsn.isValid("111222333")).isTrue();
    assertThat(Bsn.isValid("123456789")).isFalse();
    assertThat(Bsn.isValid("000000000")).isFalse();
    assertThatThrownBy(() -> new Bsn("123456789")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("123456789");
  }
}
