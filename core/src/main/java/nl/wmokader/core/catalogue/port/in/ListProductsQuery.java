package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.shared.PageRequest;

/**
 * The products with a version valid on {@code asOf} (none: today), optionally of one category,
 * one page of them.
 */
public record ListProductsQuery(Option<LocalDate> asOf, Option<ProductCategory> category, PageRequest page) {

  /** The first page of everything valid today. */
  public static ListProductsQuery today() {
    return new ListProductsQuery(Option.none(), Option.none(), PageRequest.first());
  }
}
