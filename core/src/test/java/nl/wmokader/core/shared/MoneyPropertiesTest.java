package nl.wmokader.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

class MoneyPropertiesTest implements WithQuickTheories {

  @Test
  void addition_is_commutative_and_associative() {
    qt().forAll(SharedGen.money(), SharedGen.money(), SharedGen.money()).checkAssert((a, b, c) -> {
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
      assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    });
  }

  @Test
  void zero_is_neutral_and_minus_undoes_plus() {
    qt().forAll(SharedGen.money(), SharedGen.money()).checkAssert((a, b) -> {
      assertThat(a.plus(Money.ZERO)).isEqualTo(a);
      assertThat(a.plus(b).minus(b)).isEqualTo(a);
      assertThat(a.plus(a.negate())).isEqualTo(Money.ZERO);
    });
  }

  @Test
  void times_is_repeated_addition() {
    qt().forAll(SharedGen.money(), integers().between(0, 60)).checkAssert((a, n) -> {
      Money sum = Money.ZERO;
      for (int i = 0; i < n; i++) {
        sum = sum.plus(a);
      }
      assertThat(a.times(n)).isEqualTo(sum);
    });
  }

  @Test
  void a_fraction_rounds_once_half_up_like_exact_decimal_arithmetic() {
    qt().forAll(SharedGen.money(), longs().between(-1_000_000, 1_000_000), longs().between(1, 1_000_000))
        .checkAssert((a, num, den) -> {
          long expected = BigDecimal.valueOf(a.cents()).multiply(BigDecimal.valueOf(num))
              .divide(BigDecimal.valueOf(den), 0, RoundingMode.HALF_UP).longValueExact();
          assertThat(a.timesFraction(num, den).cents()).isEqualTo(expected);
        });
  }

  @Test
  void a_fraction_is_monotone_in_the_numerator() {
    qt().forAll(SharedGen.nonNegativeMoney(), longs().between(0, 10_000), longs().between(0, 10_000), longs().between(1, 10_000))
        .checkAssert((a, n1, n2, den) -> {
          long lo = Math.min(n1, n2);
          long hi = Math.max(n1, n2);
          assertThat(a.timesFraction(lo, den)).isLessThanOrEqualTo(a.timesFraction(hi, den));
        });
  }

  @Test
  void overflow_is_loud_never_wrapped() {
    assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE / 2 + 1).times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofCents(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void euros_and_cents_print_exactly() {
    assertThat(Money.euros(21, 80)).hasToString("€21.80");
    assertThat(Money.euros(21, 80).cents()).isEqualTo(2180);
    assertThat(Money.ofCents(-10)).hasToString("-€0.10");
    assertThat(Money.ofCents(100_005)).hasToString("€1000.05");
  }
}
