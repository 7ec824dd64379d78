package nl.wmokader.adapters.rest.indication;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.domain.WaitingTime;
import nl.wmokader.core.indication.domain.WaitingTimeSummary;

/**
 * The waiting times of one provider for one product (or one category, without a product): how many
 * started, total, average and longest wait in days, and each started assignment.
 */
public record WaitingTimeSummaryDto(String provider, String category, String categoryCode, String product,
                                    int count, long totalDays, double averageDays, long maxDays,
                                    List<WaitingTimeDto> started) {

  public static WaitingTimeSummaryDto from(WaitingTimeSummary s) {
    return new WaitingTimeSummaryDto(s.provider().value(), s.category().name(), s.category().code(),
        s.product().map(ProductCode::value).getOrNull(), s.count(), s.totalDays(), s.averageDays(), s.maxDays(),
        s.started().map(WaitingTimeDto::from).toJavaList());
  }

  /** One started assignment: issued on {@code assignedOn}, delivery from {@code deliveryStart}, {@code days} apart. */
  public record WaitingTimeDto(String assignment, LocalDate assignedOn, LocalDate deliveryStart, long days) {
    public static WaitingTimeDto from(WaitingTime w) {
      return new WaitingTimeDto(w.assignment().toString(), w.assignedOn(), w.deliveryStart(), w.days());
    }
  }
}
