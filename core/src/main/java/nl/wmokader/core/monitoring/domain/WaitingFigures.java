package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.SortedSet;
import io.vavr.control.Option;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;

/**
 * Waiting times of one provider for one product (or category, without a product code): over the
 * assignments whose delivery started in the filter's months, the days from the assignment date to
 * the start of delivery (0 when delivery started first: a retroactive assignment), as indication
 * counts them [DOMAIN §5].
 *
 * @param withNorm how many of them fall under a contract (of the provider, in force on the
 *     assignment date) that has a waiting-time norm
 * @param overNorm how many of those waited longer than that norm
 * @param norms the distinct norms (days) that applied
 */
public record WaitingFigures(AgbCode provider, ProductCategory category, Option<ProductCode> product,
                             Distribution days, long withNorm, long overNorm, SortedSet<Integer> norms) {
  public WaitingFigures {
    requireNonNull(provider, "provider");
    requireNonNull(category, "category");
    requireNonNull(product, "product");
    requireNonNull(days, "days");
    requireNonNull(norms, "norms");
    if (overNorm > withNorm || withNorm > days.count()) {
      throw new IllegalArgumentException("over the norm <= with a norm <= started");
    }
  }
}
