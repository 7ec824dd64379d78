package nl.wmokader.adapters.rest.settlement;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.settlement.domain.Allocation;
import nl.wmokader.core.settlement.domain.AllocationKey;
import nl.wmokader.core.settlement.domain.CostShare;

/** A computed cost allocation: the key as applied and every member's share, in the region's member order. */
public record CostAllocationDto(String purpose, long totalCents, KeyDto key, List<CostShareDto> shares) {

  public static CostAllocationDto from(Allocation allocation) {
    return new CostAllocationDto(allocation.purpose().name(), allocation.total().cents(), KeyDto.from(allocation.key()),
        allocation.shares().map(CostShareDto::from).toJavaList());
  }

  /**
   * The key as applied; for {@code actualUse}, {@code use} holds the approved net amounts in cents per
   * member that weighed. Fields of other key types are left out.
   */
  public record KeyDto(String type, LocalDate referenceDate, List<WeightDto> use, List<WeightDto> shares, Long whole,
                       KeyDto from, KeyDto to, Integer year, Integer years) {

    static KeyDto from(AllocationKey key) {
      if (key instanceof AllocationKey.Inhabitants k) {
        return new KeyDto("inhabitants", k.referenceDate(), null, null, null, null, null, null, null);
      }
      if (key instanceof AllocationKey.ActualUse k) {
        return new KeyDto("actualUse", null, WeightDto.of(k.use()), null, null, null, null, null, null);
      }
      if (key instanceof AllocationKey.FixedShares k) {
        return new KeyDto("fixedShares", null, null, WeightDto.of(k.shares()), k.whole(), null, null, null, null);
      }
      AllocationKey.Blend k = (AllocationKey.Blend) key;
      return new KeyDto("blend", null, null, null, null, from(k.from()), from(k.to()), k.year(), k.years());
    }
  }

  /** A member's weight in a key. */
  public record WeightDto(String member, long weight) {
    static List<WeightDto> of(io.vavr.collection.Map<nl.wmokader.core.shared.MunicipalityCode, Long> weights) {
      return weights.toList().map(w -> new WeightDto(w._1.value(), w._2)).toJavaList();
    }
  }

  /** A member's part of the total, in cents. */
  public record CostShareDto(String member, long amountCents) {
    static CostShareDto from(CostShare share) {
      return new CostShareDto(share.member().value(), share.amount().cents());
    }
  }
}
