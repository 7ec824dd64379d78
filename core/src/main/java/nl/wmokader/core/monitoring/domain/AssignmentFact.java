package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.domain.AssignmentStop;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * What the figures need of one assignment (not deleted), and no more: no BSN, no identifier (the
 * assignment and the one it replaces are numbers of the answer, as the client is). The
 * client is a pseudonym that is the same for the same client within one answer of
 * {@link nl.wmokader.core.monitoring.port.out.MonitoringFacts} and means nothing outside it (a
 * database adapter numbers the clients of its answer, e.g. in order of appearance as it reads them).
 *
 * @param client the answer's pseudonym of the client
 * @param member the paying member: the municipality the case is attributed to, else the responsible one
 * @param validity the order's validity (cut at an early end)
 * @param assignedOn the issue date (toewijzingsdatum)
 * @param deliveryStart the first day of delivery the provider reported (305)
 * @param stop the last day of delivery, inclusive, and why (307, or the municipality's early end)
 * @param volume the assigned volume, when the assignment has one
 * @param link its place in a chain of replacements after changes of volume, numbered per answer
 */
public record AssignmentFact(long client, MunicipalityCode member, AgbCode provider, ProductCategory category,
                             Option<ProductCode> product, DateRange validity, LocalDate assignedOn,
                             Option<LocalDate> deliveryStart, Option<AssignmentStop> stop, Option<Volume> volume,
                             ChainLink link) {
  public AssignmentFact {
    requireNonNull(member, "member");
    requireNonNull(provider, "provider");
    requireNonNull(category, "category");
    requireNonNull(product, "product");
    requireNonNull(validity, "validity");
    requireNonNull(assignedOn, "assignedOn");
    requireNonNull(deliveryStart, "deliveryStart");
    requireNonNull(stop, "stop");
    requireNonNull(volume, "volume");
    requireNonNull(link, "link");
  }

  /**
   * The first day of the support this assignment ends or continues: the earliest reported start of
   * delivery of its chain of replacements ({@link ChainLink#chainStart}) and its own.
   */
  public Option<LocalDate> supportStart() {
    return link.chainStart().filter(c -> deliveryStart.forAll(c::isBefore)).orElse(deliveryStart);
  }

  /**
   * The days of delivery: from the reported start to the reported stop, or without a stop to the
   * validity's end (the order ends there, reported or not; open while the validity is); none when
   * delivery never started.
   */
  public Option<DateRange> delivery() {
    return deliveryStart.map(start -> DateRange.of(start, stop.map(AssignmentStop::date).orElse(validity.end())));
  }

  /** Whether the client was in delivery on {@code day}. */
  public boolean deliveringOn(LocalDate day) {
    return delivery().exists(d -> d.contains(day));
  }

  /** Whether some day of {@code period} was a day of delivery. */
  public boolean deliveringDuring(DateRange period) {
    return delivery().exists(d -> d.overlaps(period));
  }

  /** This fact in its chain of replacements. */
  public AssignmentFact withLink(ChainLink other) {
    return new AssignmentFact(client, member, provider, category, product, validity, assignedOn, deliveryStart, stop,
        volume, other);
  }

  /** The key of {@code month} for this fact's dimensions. */
  public FigureKey key(java.time.YearMonth month) {
    return new FigureKey(month, member, provider, category, product);
  }
}
