package nl.wmokader.core.settlement;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.math.BigInteger;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import org.quicktheories.core.Gen;

/** Generators for regional cost allocation. */
public final class AllocationGen {
  private AllocationGen() {}

  /** Totals from nothing to a trillion euros, biased to small amounts where rounding matters most. */
  public static Gen<Money> totals() {
    return longs().between(0, 1_000).mix(longs().between(0, 100_000_000_000_000L)).map(Money::ofCents);
  }

  /** Weights of 1..8 members with distinct codes, not all zero; small weights make ties likely. */
  public static Gen<List<Tuple2<MunicipalityCode, BigInteger>>> weights() {
    return lists().of(longs().between(0, 5).mix(longs().between(0, 10_000_000))).ofSizeBetween(1, 8)
        .assuming(ws -> ws.stream().anyMatch(w -> w > 0))
        .map(ws -> List.ofAll(ws).zipWithIndex().map(t -> Tuple.of(code(t._2), BigInteger.valueOf(t._1))));
  }

  /** A permutation of 0..n-1 as the order of random sort keys. */
  public static Gen<List<Integer>> permutations(int n) {
    return lists().of(integers().all()).ofSize(n)
        .map(keys -> List.range(0, n).sortBy(i -> Tuple.of(keys.get(i), i)));
  }

  /** A region whose members carry the given codes (the first is central); no inhabitant counts. */
  public static Region regionOf(List<MunicipalityCode> codes) {
    return Region.builder().name("Regio")
        .members(codes.zipWithIndex().map(t -> new Member(t._1, "Gemeente " + t._1, t._2 == 0)))
        .inhabitantCounts(List.empty())
        .build();
  }

  /** Actual-use weights for 1..8 members of a generated region, as a map for the key. */
  public static Gen<Map<MunicipalityCode, Long>> useOf(int members) {
    return lists().of(longs().between(0, 1_000_000)).ofSize(members)
        .map(ws -> LinkedHashMap.ofEntries(List.ofAll(ws).zipWithIndex().map(t -> Tuple.of(code(t._2), t._1))));
  }

  /** Basis points over {@code members} members summing to exactly 10 000. */
  public static Gen<Map<MunicipalityCode, Long>> basisPoints(int members) {
    return lists().of(integers().between(0, 10_000)).ofSize(members - 1).map(cuts -> {
      List<Integer> sorted = List.ofAll(cuts).append(0).append(10_000).sorted();
      return LinkedHashMap.ofEntries(List.range(0, members)
          .map(i -> Tuple.of(code(i), (long) (sorted.get(i + 1) - sorted.get(i)))));
    });
  }

  public static MunicipalityCode code(int index) {
    return MunicipalityCode.of(String.format("%04d", 100 + index));
  }
}
