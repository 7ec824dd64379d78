package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.math.BigInteger;
import java.util.Comparator;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A shared cost divided over the region's members by a key, exact to the cent: the parts sum to
 * the total. Rule (largest remainder): every member first gets its exact share rounded down to the
 * cent; the cents left over go one each to the members with the largest remainders; equal
 * remainders are broken by ascending CBS code. So every part differs from its exact share by less
 * than one cent, a member with weight zero pays nothing, and the result does not depend on the
 * order of the members.
 */
public record Allocation(AllocationPurpose purpose, Money total, AllocationKey key, Seq<CostShare> shares) {

  public Allocation {
    requireNonNull(purpose, "purpose");
    requireNonNull(total, "total");
    requireNonNull(key, "key");
    requireNonNull(shares, "shares");
    if (!shares.map(s -> s.amount().cents()).fold(0L, Math::addExact).equals(total.cents())) {
      throw new IllegalStateException("the shares must sum to the total");
    }
  }

  /**
   * Divides {@code total} over the members of {@code region} by {@code key}; the shares come in
   * the region's member order.
   *
   * @return the allocation, or a Left: {@link AllocationError.NegativeTotal}, {@link AllocationError.NoMembers},
   *     {@link AllocationError.MissingInhabitants}, {@link AllocationError.UnknownMember},
   *     {@link AllocationError.NegativeWeight}, {@link AllocationError.SharesNotWhole},
   *     {@link AllocationError.BlendYearOutOfRange}, {@link AllocationError.AllWeightsZero}
   */
  public static Either<AllocationError, Allocation> divide(Region region, AllocationPurpose purpose, Money total, AllocationKey key) {
    requireNonNull(region, "region");
    if (total.isNegative()) {
      return Either.left(new AllocationError.NegativeTotal(total));
    }
    if (region.members().isEmpty()) {
      return Either.left(new AllocationError.NoMembers());
    }
    return key.weigh(region).flatMap(weights -> weights.sum().signum() == 0
        ? Either.left(new AllocationError.AllWeightsZero())
        : Either.right(new Allocation(purpose, total, key, largestRemainder(total, weights.weights().toList()))));
  }

  /**
   * The largest-remainder division of {@code total} (≥ 0) in proportion to {@code weights} (≥ 0,
   * not all zero, distinct members), in the given order. See the class comment for the rule.
   */
  public static Seq<CostShare> largestRemainder(Money total, Seq<Tuple2<MunicipalityCode, BigInteger>> weights) {
    if (total.isNegative()) {
      throw new IllegalArgumentException("total < 0");
    }
    BigInteger sum = weights.map(Tuple2::_2).fold(BigInteger.ZERO, BigInteger::add);
    if (sum.signum() <= 0 || weights.exists(w -> w._2.signum() < 0)) {
      throw new IllegalArgumentException("weights must be non-negative and not all zero");
    }
    BigInteger cents = BigInteger.valueOf(total.cents());
    // Exact share of member i is cents·w_i/sum; floor and remainder share the denominator sum.
    Seq<Tuple2<MunicipalityCode, BigInteger[]>> floors = weights.map(w -> Tuple.of(w._1, cents.multiply(w._2).divideAndRemainder(sum)));
    long floorSum = floors.map(f -> f._2[0].longValueExact()).fold(0L, Math::addExact);
    int leftover = Math.toIntExact(total.cents() - floorSum); // < number of members
    Set<MunicipalityCode> extra = floors
        .sorted(Comparator.<Tuple2<MunicipalityCode, BigInteger[]>, BigInteger>comparing(f -> f._2[1]).reversed()
            .thenComparing(f -> f._1))
        .take(leftover)
        .map(Tuple2::_1)
        .toSet();
    return List.ofAll(floors).map(f -> new CostShare(f._1,
        Money.ofCents(f._2[0].longValueExact() + (extra.contains(f._1) ? 1 : 0))));
  }

  /** The part of {@code member}, zero when it is not among the shares. */
  public Money shareOf(MunicipalityCode member) {
    return shares.find(s -> s.member().equals(member)).map(CostShare::amount).getOrElse(Money.ZERO);
  }
}
