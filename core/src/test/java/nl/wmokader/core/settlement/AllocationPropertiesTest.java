package nl.wmokader.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.settlement.domain.Allocation;
import nl.wmokader.core.settlement.domain.AllocationKey;
import nl.wmokader.core.settlement.domain.AllocationPurpose;
import nl.wmokader.core.settlement.domain.CostShare;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

class AllocationPropertiesTest implements WithQuickTheories {

  @Test
  void parts_sum_exactly_to_the_total_and_are_never_negative() {
    qt().forAll(AllocationGen.totals(), AllocationGen.weights()).checkAssert((total, weights) -> {
      Seq<CostShare> shares = Allocation.largestRemainder(total, weights);
      assertThat(shares.map(CostShare::member)).isEqualTo(weights.map(Tuple2::_1));
      assertThat(shares.map(s -> s.amount().cents()).sum().longValue()).isEqualTo(total.cents());
      assertThat(shares).allSatisfy(s -> assertThat(s.amount().isNegative()).isFalse());
    });
  }

  @Test
  void each_part_differs_from_its_exact_share_by_less_than_one_cent() {
    qt().forAll(AllocationGen.totals(), AllocationGen.weights()).checkAssert((total, weights) -> {
      BigInteger sum = weights.map(Tuple2::_2).fold(BigInteger.ZERO, BigInteger::add);
      Allocation.largestRemainder(total, weights).zip(weights).forEach(pair -> {
        // |part - total·w/sum| < 1  <=>  |part·sum - total·w| < sum
        BigInteger diff = BigInteger.valueOf(pair._1.amount().cents()).multiply(sum)
            .subtract(BigInteger.valueOf(total.cents()).multiply(pair._2._2));
        assertThat(diff.abs()).isLessThan(sum);
      });
    });
  }

  @Test
  void a_members_part_is_monotone_in_its_weight() {
    qt().forAll(AllocationGen.totals(), AllocationGen.weights(), integers().between(0, 7), longs().between(0, 1_000_000))
        .checkAssert((total, weights, rawIndex, raise) -> {
          int i = rawIndex % weights.size();
          List<Tuple2<MunicipalityCode, BigInteger>> raised =
              weights.update(i, w -> Tuple.of(w._1, w._2.add(BigInteger.valueOf(raise))));
          long before = Allocation.largestRemainder(total, weights).get(i).amount().cents();
          long after = Allocation.largestRemainder(total, raised).get(i).amount().cents();
          assertThat(after).isGreaterThanOrEqualTo(before);
        });
  }

  @Test
  void permuting_members_permutes_parts() {
    qt().forAll(AllocationGen.totals(), AllocationGen.weights().flatMap(ws ->
            AllocationGen.permutations(ws.size()).map(p -> Tuple.of(ws, p))))
        .checkAssert((total, wp) -> {
          List<Tuple2<MunicipalityCode, BigInteger>> permuted = wp._2.map(wp._1::get);
          assertThat(asMap(Allocation.largestRemainder(total, permuted)))
              .isEqualTo(asMap(Allocation.largestRemainder(total, wp._1)));
        });
  }

  @Test
  void agrees_with_a_naive_decimal_largest_remainder() {
    qt().forAll(AllocationGen.totals(), AllocationGen.weights()).checkAssert((total, weights) ->
        assertThat(asMap(Allocation.largestRemainder(total, weights))).isEqualTo(naive(total, weights)));
  }

  @Test
  void a_blend_at_year_zero_is_the_old_key_and_at_the_last_year_the_new_key() {
    qt().forAll(integers().between(1, 8).flatMap(n -> AllocationGen.useOf(n).zip(AllocationGen.basisPoints(n), Tuple::of)),
            integers().between(1, 10), AllocationGen.totals())
        .assuming((keys, years, total) -> keys._1.values().exists(v -> v > 0))
        .checkAssert((keys, years, total) -> {
          Region region = AllocationGen.regionOf(keys._1.keySet().toList().sorted());
          AllocationKey old = new AllocationKey.ActualUse(keys._1);
          AllocationKey next = AllocationKey.FixedShares.basisPoints(keys._2);
          assertThat(shares(region, total, new AllocationKey.Blend(old, next, 0, years)))
              .isEqualTo(shares(region, total, old));
          assertThat(shares(region, total, new AllocationKey.Blend(old, next, years, years)))
              .isEqualTo(shares(region, total, next));
        });
  }

  @Test
  void a_blend_in_between_is_the_exact_mix_of_both_keys_within_a_cent() {
    qt().forAll(integers().between(1, 8).flatMap(n -> AllocationGen.useOf(n).zip(AllocationGen.basisPoints(n), Tuple::of)),
            integers().between(1, 10).flatMap(n -> integers().between(0, n).map(k -> Tuple.of(k, n))), AllocationGen.totals())
        .assuming((keys, yk, total) -> keys._1.values().exists(v -> v > 0))
        .checkAssert((keys, yk, total) -> {
          int year = yk._1;
          int years = yk._2;
          Region region = AllocationGen.regionOf(keys._1.keySet().toList().sorted());
          Seq<CostShare> shares = shares(region, total,
              new AllocationKey.Blend(new AllocationKey.ActualUse(keys._1), AllocationKey.FixedShares.basisPoints(keys._2), year, years));
          BigInteger a = BigInteger.valueOf(keys._1.values().sum().longValue());
          BigInteger b = BigInteger.valueOf(10_000);
          BigInteger denominator = BigInteger.valueOf(years).multiply(a).multiply(b);
          shares.forEach(s -> {
            // exact share = total·((years-year)·a_i·B + year·b_i·A) / (years·A·B)
            BigInteger numerator = BigInteger.valueOf(total.cents()).multiply(
                BigInteger.valueOf(years - year).multiply(BigInteger.valueOf(keys._1.get(s.member()).get())).multiply(b)
                    .add(BigInteger.valueOf(year).multiply(BigInteger.valueOf(keys._2.get(s.member()).get())).multiply(a)));
            assertThat(BigInteger.valueOf(s.amount().cents()).multiply(denominator).subtract(numerator).abs())
                .isLessThan(denominator);
          });
        });
  }

  @Test
  void dividing_over_a_generated_region_by_inhabitants_sums_or_says_why_not() {
    qt().forAll(nl.wmokader.core.region.RegionGen.regions(), nl.wmokader.core.shared.SharedGen.dates(), AllocationGen.totals())
        .checkAssert((region, date, total) -> Allocation.divide(region, AllocationPurpose.REGIONAL_TEAMS, total,
                new AllocationKey.Inhabitants(date))
            .peek(a -> assertThat(a.shares().map(s -> s.amount().cents()).sum().longValue()).isEqualTo(total.cents()))
            .peekLeft(e -> assertThat(e.code()).isIn("MissingInhabitants", "AllWeightsZero")));
  }

  private static Seq<CostShare> shares(Region region, Money total, AllocationKey key) {
    return Results.right(Allocation.divide(region, AllocationPurpose.SPECIALIST_SAFETY_NET, total, key)).shares();
  }

  private static Map<MunicipalityCode, Long> asMap(Seq<CostShare> shares) {
    return HashMap.ofEntries(shares.map(s -> Tuple.of(s.member(), s.amount().cents())));
  }

  /** Second implementation: decimal quotients and a cent-by-cent loop. */
  private static Map<MunicipalityCode, Long> naive(Money total, List<Tuple2<MunicipalityCode, BigInteger>> weights) {
    BigDecimal sum = new BigDecimal(weights.map(Tuple2::_2).fold(BigInteger.ZERO, BigInteger::add));
    java.util.Map<MunicipalityCode, Long> parts = new java.util.HashMap<>();
    java.util.Map<MunicipalityCode, BigDecimal> remainders = new java.util.HashMap<>();
    long given = 0;
    for (Tuple2<MunicipalityCode, BigInteger> w : weights) {
      // A fixed number of decimal places (not significant digits), so that equal remainders stay equal.
      BigDecimal exact = BigDecimal.valueOf(total.cents()).multiply(new BigDecimal(w._2)).divide(sum, 80, RoundingMode.DOWN);
      BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
      parts.put(w._1, floor.longValueExact());
      remainders.put(w._1, exact.subtract(floor));
      given += floor.longValueExact();
    }
    for (long left = total.cents() - given; left > 0; left--) {
      MunicipalityCode best = null;
      for (Tuple2<MunicipalityCode, BigInteger> w : weights) {
        BigDecimal r = remainders.get(w._1);
        if (r.signum() >= 0 && (best == null || r.compareTo(remainders.get(best)) > 0
            || (r.compareTo(remainders.get(best)) == 0 && w._1.compareTo(best) < 0))) {
          best = w._1;
        }
      }
      parts.put(best, parts.get(best) + 1);
      remainders.put(best, BigDecimal.valueOf(-1)); // at most one extra cent each
    }
    return HashMap.ofAll(parts);
  }
}
