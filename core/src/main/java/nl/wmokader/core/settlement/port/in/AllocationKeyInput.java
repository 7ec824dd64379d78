package nl.wmokader.core.settlement.port.in;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * How a cost allocation's key is asked for: the input form of
 * {@link nl.wmokader.core.settlement.domain.AllocationKey}. Components may be null (they are checked by
 * the use case, every field at once); actual use names the settlement months and categories whose approved
 * amounts weigh the members, rather than the weights themselves.
 */
public sealed interface AllocationKeyInput {

  /** In proportion to each member's inhabitants on {@code referenceDate}. */
  record Inhabitants(LocalDate referenceDate) implements AllocationKeyInput {}

  /**
   * In proportion to the use by each member's residents: the approved net amounts (debits minus
   * credits) of claims of the months {@code fromMonth..untilMonth} in {@code categories}, e.g. sheltered housing
   * and shelter (15-18) for the specialist safety net.
   */
  record ActualUse(YearMonth fromMonth, YearMonth untilMonth, Seq<ProductCategory> categories) implements AllocationKeyInput {}

  /** Agreed shares out of {@code whole} (10,000 for basis points, 100 for percentages). */
  record FixedShares(Seq<Share> shares, Long whole) implements AllocationKeyInput {}

  /** One member's fixed share. */
  record Share(MunicipalityCode member, Long share) {}

  /** Year {@code year} of {@code years} phasing from key {@code from} to key {@code to}; neither is itself a blend. */
  record Blend(AllocationKeyInput from, AllocationKeyInput to, Integer year, Integer years) implements AllocationKeyInput {}
}
