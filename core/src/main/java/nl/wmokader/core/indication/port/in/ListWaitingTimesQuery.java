package nl.wmokader.core.indication.port.in;

import io.vavr.control.Option;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;

/** Narrow waiting times to a provider, a product, and deliveries that started within a period. */
public record ListWaitingTimesQuery(Option<AgbCode> provider, Option<ProductCode> product, Option<DateRange> startedWithin) {

  public static ListWaitingTimesQuery all() {
    return new ListWaitingTimesQuery(Option.none(), Option.none(), Option.none());
  }
}
