package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;

/**
 * A product lot (perceel) of a contract: the provider may deliver {@code product} during
 * {@code validity}. On a day covered by one of its {@code tariffs} the lot's own tariff per unit
 * applies, on any other day the catalogue's reference tariff of that day. {@code claimMoments} are
 * agreed for a lot of an output-based product only (none: not agreed, or not output-based).
 *
 * <p>Tariff periods lie inside the validity and never share a day. They are kept in date order with
 * adjacent periods of equal tariff merged, so that two lots with the same tariff on every day are
 * equal: indexing by 0% changes nothing, not even the periods.
 */
public record Lot(ProductCode product, DateRange validity, Seq<TariffPeriod> tariffs, Option<ClaimMoments> claimMoments) {

  public Lot {
    requireNonNull(product, "product");
    requireNonNull(validity, "validity");
    requireNonNull(tariffs, "tariffs");
    requireNonNull(claimMoments, "claimMoments");
    tariffs = normalised(tariffs);
    for (int i = 0; i < tariffs.size(); i++) {
      if (!validity.contains(tariffs.get(i).validity())) {
        throw new IllegalArgumentException("a lot's tariff periods lie inside its validity");
      }
      if (i > 0 && tariffs.get(i - 1).validity().overlaps(tariffs.get(i).validity())) {
        throw new IllegalArgumentException("a lot's tariff periods never share a day");
      }
    }
  }

  /** A lot with one own tariff over its whole validity, or (none) at the reference tariff. */
  public Lot(ProductCode product, DateRange validity, Option<Money> tariff) {
    this(product, validity, tariff.map(t -> List.of(new TariffPeriod(validity, t))).getOrElse(List.empty()), Option.none());
  }

  public static Lot of(ProductCode product, DateRange validity) {
    return new Lot(product, validity, Option.none());
  }

  public static Lot of(ProductCode product, DateRange validity, Money tariff) {
    return new Lot(product, validity, Option.some(tariff));
  }

  public boolean covers(ProductCode code, LocalDate date) {
    return product.equals(code) && validity.contains(date);
  }

  /** Whether both lots are of the same product and share a day. */
  public boolean overlaps(Lot other) {
    return product.equals(other.product) && validity.overlaps(other.validity);
  }

  /** The lot's own tariff on {@code date}, if it has one that day. */
  public Option<Money> tariffOn(LocalDate date) {
    if (validity.contains(date)) {
      for (TariffPeriod t : tariffs) {
        if (t.validity().contains(date)) {
          return Option.some(t.tariff());
        }
      }
    }
    return Option.none();
  }

  public Lot withClaimMoments(Option<ClaimMoments> moments) {
    return new Lot(product, validity, tariffs, moments);
  }

  /**
   * An own tariff of {@code tariff} from {@code from} (a day of the lot) to the lot's last day; the
   * days before keep their tariffs.
   */
  public Lot withTariffFrom(LocalDate from, Money tariff) {
    Seq<TariffPeriod> before = tariffs.flatMap(t -> endBefore(t.validity(), from).map(v -> new TariffPeriod(v, t.tariff())));
    DateRange rest = new DateRange(from, validity.end());
    return new Lot(product, validity, before.append(new TariffPeriod(rest, tariff)), claimMoments);
  }

  /**
   * The lot indexed by {@code rate} from {@code from} on: every own tariff on or after that day is
   * multiplied by {@code 1 + rate} and rounded once, half up, to the cent; a period that spans the
   * day is split there. Tariffs before {@code from} never change.
   */
  public Lot indexedFrom(LocalDate from, IndexationRate rate) {
    Seq<TariffPeriod> indexed = tariffs.flatMap(t -> {
      List<TariffPeriod> parts = List.empty();
      for (DateRange before : endBefore(t.validity(), from)) {
        parts = parts.append(new TariffPeriod(before, t.tariff()));
      }
      for (DateRange after : startFrom(t.validity(), from)) {
        parts = parts.append(new TariffPeriod(after, rate.apply(t.tariff())));
      }
      return parts;
    });
    return new Lot(product, validity, indexed, claimMoments);
  }

  /**
   * The lot as it stands when its contract ends the day before {@code from}: its days (and tariffs)
   * up to then; none when it would only start on or after {@code from}.
   */
  public Option<Lot> endedBefore(LocalDate from) {
    return endBefore(validity, from).map(v -> new Lot(product, v,
        tariffs.flatMap(t -> endBefore(t.validity(), from).map(d -> new TariffPeriod(d, t.tariff()))), claimMoments));
  }

  /** The days of {@code range} before {@code day}, if any. */
  private static Option<DateRange> endBefore(DateRange range, LocalDate day) {
    if (!range.start().isBefore(day)) {
      return Option.none();
    }
    return range.contains(day) || range.isOpenEnded() ? Option.some(range.withEnd(day.minusDays(1))) : Option.some(range);
  }

  /** The days of {@code range} on or after {@code day}, if any. */
  private static Option<DateRange> startFrom(DateRange range, LocalDate day) {
    if (range.end().exists(end -> end.isBefore(day))) {
      return Option.none();
    }
    return Option.some(range.start().isBefore(day) ? new DateRange(day, range.end()) : range);
  }

  private static Seq<TariffPeriod> normalised(Seq<TariffPeriod> periods) {
    List<TariffPeriod> sorted = List.ofAll(periods).sorted(Comparator.comparing(t -> t.validity().start()));
    List<TariffPeriod> merged = List.empty();
    for (TariffPeriod next : sorted) {
      if (merged.nonEmpty() && adjoins(merged.last(), next)) {
        TariffPeriod last = merged.last();
        merged = merged.init().append(new TariffPeriod(new DateRange(last.validity().start(), next.validity().end()), last.tariff()));
      } else {
        merged = merged.append(next);
      }
    }
    return merged;
  }

  private static boolean adjoins(TariffPeriod a, TariffPeriod b) {
    return a.tariff().equals(b.tariff())
        && a.validity().end().exists(end -> end.plusDays(1).equals(b.validity().start()));
  }
}
