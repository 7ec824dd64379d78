package nl.wmokader.core.region.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainStyle;
import org.immutables.value.Value;

/**
 * The regional arrangement (regeling) and its term: an original term (by default 2024-01-01 ..
 * 2028-12-31, five years) extendable by one year at a time (DOMAIN §3).
 *
 * <p>Extension rule: the k-th extension sets the end to the original end plus k years, so n extensions
 * end exactly n years after the original end (computed from the original end, so a 29 February end does
 * not drift to 28 February for good). An extension may be decided on any day from the start up to and
 * including the current end; one decided after the end is refused.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractRegionalArrangement {

  public abstract LocalDate start();

  public abstract LocalDate originalEnd();

  /** The extensions in the order decided; none by default. */
  @Value.Default
  public Seq<ArrangementExtension> extensions() {
    return List.empty();
  }

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The reference arrangement of Brabant Noordoost-Oost: 2024-01-01 .. 2028-12-31, not yet extended. */
  public static RegionalArrangement reference() {
    return RegionalArrangement.builder()
        .start(LocalDate.of(2024, 1, 1))
        .originalEnd(LocalDate.of(2028, 12, 31))
        .build();
  }

  @Value.Check
  void check() {
    if (originalEnd().isBefore(start())) {
      throw new IllegalStateException("original end before start");
    }
    for (int i = 0; i < extensions().size(); i++) {
      if (!extensions().get(i).newEnd().equals(originalEnd().plusYears(i + 1L))) {
        throw new IllegalStateException("extension " + (i + 1) + " must end " + (i + 1) + " year(s) after the original end");
      }
    }
  }

  /** The current end: the original end plus one year per extension. */
  public LocalDate end() {
    return originalEnd().plusYears(extensions().size());
  }

  public DateRange term() {
    return DateRange.of(start(), end());
  }

  /**
   * Extends the term by one year, decided on {@code decidedOn}. Left: {@link ArrangementError.ExtensionAfterEnd}
   * when decided after the current end, {@link ArrangementError.ExtensionBeforeStart} when before the start.
   */
  public Either<ArrangementError, RegionalArrangement> extendByOneYear(LocalDate decidedOn) {
    if (decidedOn.isAfter(end())) {
      return Either.left(new ArrangementError.ExtensionAfterEnd(decidedOn, end()));
    }
    if (decidedOn.isBefore(start())) {
      return Either.left(new ArrangementError.ExtensionBeforeStart(decidedOn, start()));
    }
    ArrangementExtension extension = new ArrangementExtension(decidedOn, originalEnd().plusYears(extensions().size() + 1L));
    return Either.right(RegionalArrangement.copyOf(this).withExtensions(extensions().append(extension)));
  }
}
