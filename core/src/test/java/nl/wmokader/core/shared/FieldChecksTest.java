package nl.wmokader.core.shared;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FieldChecksTest {

  @Test
  void no_failed_check_answers_the_value() {
    FieldChecks checks = new FieldChecks();
    assertThat(checks.required("a", "x")).isTrue();
    assertThat(checks.requiredText("b", " y ")).isTrue();
    checks.check(true, "c", "code", "message").addAll(List.empty());

    assertThat(checks.isEmpty()).isTrue();
    assertThat(right(checks.result("value"))).isEqualTo("value");
    assertThat(right(checks.resultFrom(() -> 42))).isEqualTo(42);
  }

  @Test
  void every_error_is_reported_in_the_order_it_was_found() {
    FieldChecks checks = new FieldChecks();
    assertThat(checks.required("a", null)).isFalse();
    checks.check(false, "b", "too_long", "at most 3");
    checks.check(true, "c", "never", "passes");
    checks.add(new FieldError("d", "odd", "is odd"));
    checks.addAll(List.of(new FieldError("e", "x", "first"), new FieldError("f", "y", "second")));
    assertThat(checks.required("g", null, "give Option.none() when absent")).isFalse();
    checks.add("h", "z", "last");

    InvalidInput invalid = left(checks.result("value"), InvalidInput.class);

    assertThat(checks.isEmpty()).isFalse();
    assertThat(invalid.errors()).containsExactly(
        new FieldError("a", "required", "is required"),
        new FieldError("b", "too_long", "at most 3"),
        new FieldError("d", "odd", "is odd"),
        new FieldError("e", "x", "first"),
        new FieldError("f", "y", "second"),
        new FieldError("g", "required", "give Option.none() when absent"),
        new FieldError("h", "z", "last"));
  }

  @Test
  void required_text_refuses_null_empty_and_blank_alike() {
    FieldChecks checks = new FieldChecks();
    assertThat(checks.requiredText("a", null)).isFalse();
    assertThat(checks.requiredText("b", "")).isFalse();
    assertThat(checks.requiredText("c", " \t")).isFalse();

    assertThat(left(checks.result(1), InvalidInput.class).errors()).containsExactly(
        new FieldError("a", "required", "is required"),
        new FieldError("b", "required", "is required"),
        new FieldError("c", "required", "is required"));
  }

  @Test
  void a_lazy_value_is_not_made_for_invalid_input() {
    AtomicInteger made = new AtomicInteger();
    FieldChecks checks = new FieldChecks().check(false, "a", "bad", "is bad");

    InvalidInput invalid = left(checks.resultFrom(made::incrementAndGet), InvalidInput.class);

    assertThat(invalid.errors()).containsExactly(new FieldError("a", "bad", "is bad"));
    assertThat(made).hasValue(0);
  }
}
