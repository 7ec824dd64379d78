package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.LocalDate;
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * How a shared cost is divided over the members: each key yields an exact integer weight per
 * member, and a member's exact share is its weight over the sum of weights. Keys are data, so a
 * region's choice (and its phasing) is configuration, not code.
 */
public sealed interface AllocationKey {

  /**
   * The exact weight of every member of {@code region}, in member order. The weights may all be
   * zero here: {@link Allocation#divide} rejects that, a {@link Blend} tolerates it on the side it
   * does not use.
   */
  Either<AllocationError, KeyWeights> weigh(Region region);

  /** In proportion to inhabitants: each member's most recent count on or before {@code referenceDate}. */
  record Inhabitants(LocalDate referenceDate) implements AllocationKey {
    public Inhabitants {
      requireNonNull(referenceDate, "referenceDate");
    }

    @Override
    public Either<AllocationError, KeyWeights> weigh(Region region) {
      Seq<Member> members = region.members();
      Seq<MunicipalityCode> missing = members.map(Member::code)
          .filter(code -> region.inhabitantsOn(code, referenceDate).isEmpty());
      if (!missing.isEmpty()) {
        return Either.left(new AllocationError.MissingInhabitants(missing, referenceDate));
      }
      return Either.right(new KeyWeights(LinkedHashMap.ofEntries(members.map(m -> io.vavr.Tuple.of(m.code(),
          BigInteger.valueOf(region.inhabitantsOn(m.code(), referenceDate).map(InhabitantCount::inhabitants).get()))))));
    }
  }

  /**
   * In proportion to actual use by residents (e.g. cost in cents, or number of clients), given as
   * data; a member absent from {@code use} used nothing.
   */
  record ActualUse(Map<MunicipalityCode, Long> use) implements AllocationKey {
    public ActualUse {
      requireNonNull(use, "use");
    }

    @Override
    public Either<AllocationError, KeyWeights> weigh(Region region) {
      return KeyWeights.given(region, use);
    }
  }

  /**
   * Agreed fixed shares out of {@code whole}: basis points out of 10 000, percentages out of 100.
   * The shares must add up to the whole exactly; a member absent from {@code shares} has none.
   */
  record FixedShares(Map<MunicipalityCode, Long> shares, long whole) implements AllocationKey {
    public FixedShares {
      requireNonNull(shares, "shares");
    }

    public static FixedShares basisPoints(Map<MunicipalityCode, Long> shares) {
      return new FixedShares(shares, 10_000);
    }

    public static FixedShares percentages(Map<MunicipalityCode, Long> shares) {
      return new FixedShares(shares, 100);
    }

    @Override
    public Either<AllocationError, KeyWeights> weigh(Region region) {
      return KeyWeights.given(region, shares).flatMap(weights -> {
        BigInteger sum = weights.sum();
        return whole > 0 && sum.equals(BigInteger.valueOf(whole))
            ? Either.right(weights)
            : Either.left(new AllocationError.SharesNotWhole(sum.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue(), whole));
      });
    }
  }

  /**
   * Phasing from key {@code from} to key {@code to} over {@code years} years: in year {@code year}
   * (0..years) a member's share is {@code (years - year)/years} of its {@code from} share plus
   * {@code year/years} of its {@code to} share, exactly. Both keys are validated in every year;
   * year 0 is exactly {@code from} and year {@code years} exactly {@code to}.
   */
  record Blend(AllocationKey from, AllocationKey to, int year, int years) implements AllocationKey {
    public Blend {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }

    @Override
    public Either<AllocationError, KeyWeights> weigh(Region region) {
      if (years < 1 || year < 0 || year > years) {
        return Either.left(new AllocationError.BlendYearOutOfRange(year, years));
      }
      return from.weigh(region).flatMap(old -> to.weigh(region).flatMap(next -> {
        if (year == 0) {
          return Either.right(old);
        }
        if (year == years) {
          return Either.right(next);
        }
        BigInteger oldSum = old.sum();
        BigInteger nextSum = next.sum();
        if (oldSum.signum() == 0 || nextSum.signum() == 0) {
          return Either.left(new AllocationError.AllWeightsZero());
        }
        // (years-year)/years · a/A + year/years · b/B over the common denominator years·A·B.
        BigInteger oldFactor = BigInteger.valueOf(years - year).multiply(nextSum);
        BigInteger nextFactor = BigInteger.valueOf(year).multiply(oldSum);
        return Either.right(new KeyWeights(old.weights().map((code, a) -> io.vavr.Tuple.of(code,
            a.multiply(oldFactor).add(next.weight(code).multiply(nextFactor))))));
      }));
    }
  }

  /** Exact non-negative integer weights of a region's members, in member order. */
  record KeyWeights(Map<MunicipalityCode, BigInteger> weights) {
    public KeyWeights {
      requireNonNull(weights, "weights");
      if (weights.values().exists(w -> w.signum() < 0)) {
        throw new IllegalArgumentException("weights are never negative");
      }
    }

    public BigInteger sum() {
      return weights.values().fold(BigInteger.ZERO, BigInteger::add);
    }

    public BigInteger weight(MunicipalityCode member) {
      return weights.get(member).getOrElse(BigInteger.ZERO);
    }

    static Either<AllocationError, KeyWeights> given(Region region, Map<MunicipalityCode, Long> given) {
      Option<MunicipalityCode> unknown = given.keySet().toList().sorted().find(code -> !region.isMember(code));
      if (unknown.isDefined()) {
        return Either.left(new AllocationError.UnknownMember(unknown.get()));
      }
      Option<io.vavr.Tuple2<MunicipalityCode, Long>> negative = given.toList().sortBy(t -> t._1).find(t -> t._2 < 0);
      if (negative.isDefined()) {
        return Either.left(new AllocationError.NegativeWeight(negative.get()._1, negative.get()._2));
      }
      return Either.right(new KeyWeights(LinkedHashMap.ofEntries(region.members().map(m ->
          io.vavr.Tuple.of(m.code(), BigInteger.valueOf(given.get(m.code()).getOrElse(0L)))))));
    }
  }
}
