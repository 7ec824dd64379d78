package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;

/**
 * Waiting times of one provider for one product (or one category, for assignments without a
 * product code) [B §4.1]: how many started, the average and the longest wait, and the started
 * assignments themselves.
 */
public record WaitingTimeSummary(AgbCode provider, ProductCategory category, Option<ProductCode> product,
                                 Seq<WaitingTime> started) {
  public WaitingTimeSummary {
    requireNonNull(provider, "provider");
    requireNonNull(category, "category");
    requireNonNull(product, "product");
    requireNonNull(started, "started");
    if (started.isEmpty()) {
      throw new IllegalArgumentException("a summary covers at least one started assignment");
    }
  }

  public int count() {
    return started.size();
  }

  public long totalDays() {
    return started.map(WaitingTime::days).sum().longValue();
  }

  /** The mean in days; a statistic, not money, so a double is fine. */
  public double averageDays() {
    return (double) totalDays() / count();
  }

  public long maxDays() {
    return started.map(WaitingTime::days).max().get();
  }
}
