package nl.wmokader.core.indication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Validation;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.shared.FieldError;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** iWmo's ToewijzingNummer (LDT_Nummer): 0 to 999,999,999, read from one to nine digits. */
class AssignmentNumberPropertiesTest implements WithQuickTheories {

  @Test
  void every_number_reads_back_from_its_text_with_or_without_leading_zeros() {
    qt().forAll(longs().between(0, AssignmentNumber.MAX)).checkAssert(n -> {
      AssignmentNumber number = AssignmentNumber.of(n);
      assertThat(AssignmentNumber.validate("f", number.toString()).get()).isEqualTo(number);
      assertThat(AssignmentNumber.validate("f", String.format("%09d", n)).get()).isEqualTo(number);
    });
  }

  @Test
  void text_is_a_number_exactly_when_it_is_one_to_nine_ascii_digits() {
    qt().forAll(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 11)
        .mix(strings().numeric(), 50)
        .mix(strings().betweenCodePoints(0x0660, 0x0669).ofLengthBetween(1, 3), 10)).checkAssert(raw -> {
      boolean digits = !raw.isEmpty() && raw.length() <= 9 && raw.chars().allMatch(c -> c >= '0' && c <= '9');
      Validation<FieldError, AssignmentNumber> read = AssignmentNumber.validate("number", raw);
      assertThat(read.isValid()).as(raw).isEqualTo(digits);
      if (digits) {
        assertThat(read.get().value()).isEqualTo(Long.parseLong(raw));
      } else {
        assertThat(read.getError().code()).isEqualTo(raw.isBlank() ? "required" : "assignment_number_format");
        assertThat(read.getError().field()).isEqualTo("number");
      }
    });
  }

  @Test
  void no_number_lies_outside_the_standard_s_range_and_the_last_has_no_next() {
    qt().forAll(longs().all()).checkAssert(n -> {
      if (n >= 0 && n <= AssignmentNumber.MAX) {
        assertThat(AssignmentNumber.of(n).next().map(AssignmentNumber::value).getOrElse(-1L))
            .isEqualTo(n < AssignmentNumber.MAX ? n + 1 : -1L);
      } else {
        assertThatThrownBy(() -> AssignmentNumber.of(n)).isInstanceOf(IllegalArgumentException.class);
      }
    });
  }
}
