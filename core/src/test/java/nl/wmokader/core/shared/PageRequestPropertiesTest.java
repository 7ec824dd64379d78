package nl.wmokader.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

class PageRequestPropertiesTest implements WithQuickTheories {

  @Test
  void a_valid_request_has_a_non_negative_offset_that_fits_an_int() {
    qt().forAll(integers().all(), integers().all()).checkAssert((page, size) -> {
      var result = PageRequest.validate(page, size);
      if (result.isValid()) {
        assertThat(result.get().offset()).isEqualTo((long) page * size).isGreaterThanOrEqualTo(0);
      }
      assertThat(result.isValid()).isEqualTo(page >= 0 && size >= 1 && size <= PageRequest.MAX_SIZE
          && (long) page * size <= Integer.MAX_VALUE);
    });
  }

  @Test
  void pages_partition_a_list() {
    qt().forAll(integers().between(0, 300), integers().between(1, 40)).checkAssert((n, size) -> {
      List<Integer> all = List.range(0, n);
      List<Integer> joined = List.empty();
      for (int page = 0; page * size < n + size; page++) {
        Page<Integer> p = Page.of(all, new PageRequest(page, size));
        assertThat(p.total()).isEqualTo((long) n);
        joined = joined.appendAll(p.items());
      }
      assertThat(joined).isEqualTo(all);
    });
  }

  @Test
  void a_page_far_beyond_an_int_offset_is_a_field_error() {
    var result = PageRequest.validate(4_294_968, 500);
    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().map(FieldError::field)).containsExactly("page");
  }
}
