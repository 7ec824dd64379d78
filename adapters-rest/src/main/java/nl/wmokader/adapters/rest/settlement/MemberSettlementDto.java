package nl.wmokader.adapters.rest.settlement;

import java.util.List;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.settlement.domain.MemberSettlement;
import nl.wmokader.core.settlement.domain.SettlementTotal;

/**
 * What one member is charged for one settlement month (the claims answered in it): approved totals per provider and product
 * (debits and credits apart), the recoveries, and the sums; {@code recoveredCents} is not positive,
 * {@code totalCents} = debits − credits + recovered.
 */
public record MemberSettlementDto(String municipality, String month, List<ItemDto> items, List<RecoveryDto> recoveries,
                                  long debitsCents, long creditsCents, long recoveredCents, long totalCents) {

  public static MemberSettlementDto from(MemberSettlement s) {
    return new MemberSettlementDto(s.member().value(), s.month().toString(), s.items().map(ItemDto::from).toJavaList(),
        s.recoveries().map(RecoveryDto::from).toJavaList(), s.debits().cents(), s.credits().cents(),
        s.recovered().cents(), s.total().cents());
  }

  /** The approved lines of one provider and product: the category by name with its iWmo code beside it. */
  public record ItemDto(String provider, String category, String categoryCode, String product, long debitsCents,
                        long creditsCents, long netCents, long lines) {
    public static ItemDto from(SettlementTotal t) {
      return new ItemDto(t.provider().value(), t.category().name(), t.category().code(),
          t.product().map(ProductCode::value).getOrNull(), t.debits().cents(), t.credits().cents(), t.net().cents(),
          t.lines());
    }
  }
}
