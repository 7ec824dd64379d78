package nl.wmokader.core.contracting.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainStyle;
import org.immutables.value.Value;

/**
 * A contract (overeenkomst) of one provider for a procurement period under the open-house
 * system: the product lots it may deliver, each with an optional own tariff, and the client stops
 * imposed on it. The aggregate root of contracting.
 *
 * <p>Rules: lots lie inside the period; lots of one product never share a day; client stops never
 * share a day; terminated is final. Terminating from a date ends every lot the day before (lots
 * that would only start on or after it are dropped) and keeps the period as procured, so that
 * {@link #inForceOn} answers from the period and the termination date together. Whether a
 * product exists in the catalogue is the application service's check, not this aggregate's.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractContract {

  public abstract ContractId id();

  public abstract AgbCode provider();

  /** The procurement period (inkoopperiode) as contracted; a termination does not rewrite it. */
  public abstract DateRange period();

  @Value.Default
  public ContractStatus status() {
    return ContractStatus.ACTIVE;
  }

  /** In the order they were added. */
  @Value.Default
  public Seq<Lot> lots() {
    return List.empty();
  }

  /** Imposed, lifted and pending client stops, in the order they were imposed. */
  @Value.Default
  public Seq<ClientStop> clientStops() {
    return List.empty();
  }

  /** The first day the contract no longer holds, once terminated. */
  @Value.Default
  public Option<LocalDate> terminatedFrom() {
    return Option.none();
  }

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    if ((status() == ContractStatus.TERMINATED) != terminatedFrom().isDefined()) {
      throw new IllegalStateException("a contract has a termination date exactly when it is terminated");
    }
    if (terminatedFrom().exists(from -> !period().contains(from))) {
      throw new IllegalStateException("a termination date lies within the contract period");
    }
    if (lots().exists(l -> !period().contains(l.validity()))) {
      throw new IllegalStateException("lots lie inside the contract period");
    }
    if (terminatedFrom().exists(from -> lots().exists(l -> l.validity().contains(from) || l.validity().start().isAfter(from)))) {
      throw new IllegalStateException("lots of a terminated contract end before its termination date");
    }
    Seq<Lot> lots = lots();
    for (int i = 0; i < lots.size(); i++) {
      for (int j = i + 1; j < lots.size(); j++) {
        if (lots.get(i).overlaps(lots.get(j))) {
          throw new IllegalStateException("lots of one product never overlap");
        }
      }
    }
    Seq<ClientStop> stops = clientStops();
    for (int i = 0; i < stops.size(); i++) {
      for (int j = i + 1; j < stops.size(); j++) {
        if (stops.get(i).period().overlaps(stops.get(j).period())) {
          throw new IllegalStateException("client stops never overlap");
        }
      }
    }
  }

  /** A new active contract with {@code lots}, or the first lot the rules refuse. */
  public static Either<ContractingError, Contract> open(ContractId id, AgbCode provider, DateRange period, Seq<Lot> lots) {
    Contract empty = Contract.builder().id(id).provider(provider).period(period).build();
    return lots.foldLeft(Either.<ContractingError, Contract>right(empty), (acc, lot) -> acc.flatMap(c -> c.addLot(lot)));
  }

  /** Adds a lot inside the period that overlaps no lot of the same product. */
  public Either<ContractingError, Contract> addLot(Lot lot) {
    if (status().isFinal()) {
      return Either.left(new ContractingError.ContractTerminated(id()));
    }
    if (!period().contains(lot.validity())) {
      return Either.left(new ContractingError.LotOutsideContractPeriod(id(), lot.product(), lot.validity(), period()));
    }
    Option<Lot> clash = lots().find(l -> l.overlaps(lot));
    if (clash.isDefined()) {
      return Either.left(new ContractingError.LotsOverlap(id(), lot.product(), clash.get().validity(), lot.validity()));
    }
    return Either.right(self().withLots(lots().append(lot)));
  }

  /**
   * Terminates the contract from {@code from} (its first day without the contract, today or
   * later, within the period): lots end the day before; lots that would only start then are dropped.
   */
  public Either<ContractingError, Contract> terminate(LocalDate from, LocalDate today) {
    if (status().isFinal()) {
      return Either.left(new ContractingError.ContractTerminated(id()));
    }
    if (from.isBefore(today)) {
      return Either.left(new ContractingError.RetroactiveChange("terminate the contract", from, today));
    }
    if (!period().contains(from)) {
      return Either.left(new ContractingError.TerminationOutsideContractPeriod(id(), from, period()));
    }
    LocalDate lastDay = from.minusDays(1);
    Seq<Lot> ended = lots()
        .filter(l -> l.validity().start().isBefore(from))
        .map(l -> l.validity().contains(from)
            ? new Lot(l.product(), l.validity().withEnd(lastDay), l.tariff())
            : l);
    // One build, not a chain of withX: every intermediate copy would be checked, and be invalid.
    return Either.right(Contract.builder()
        .id(id())
        .provider(provider())
        .period(period())
        .status(ContractStatus.TERMINATED)
        .lots(ended)
        .clientStops(clientStops())
        .terminatedFrom(Option.some(from))
        .version(version())
        .build());
  }

  /** Imposes a client stop starting today or later that overlaps no other client stop. */
  public Either<ContractingError, Contract> imposeClientStop(ClientStop stop, LocalDate today) {
    if (status().isFinal()) {
      return Either.left(new ContractingError.ContractTerminated(id()));
    }
    if (stop.period().start().isBefore(today)) {
      return Either.left(new ContractingError.RetroactiveChange("impose a client stop", stop.period().start(), today));
    }
    Option<ClientStop> clash = clientStops().find(s -> s.period().overlaps(stop.period()));
    if (clash.isDefined()) {
      return Either.left(new ContractingError.ClientStopsOverlap(id(), clash.get().period(), stop.period()));
    }
    return Either.right(self().withClientStops(clientStops().append(stop)));
  }

  /**
   * Lifts client stops from {@code from} (today or later) on: a stop in force then ends the day
   * before, a stop that would only start on or after it is withdrawn. Earlier stops stay as history.
   */
  public Either<ContractingError, Contract> liftClientStop(LocalDate from, LocalDate today) {
    if (status().isFinal()) {
      return Either.left(new ContractingError.ContractTerminated(id()));
    }
    if (from.isBefore(today)) {
      return Either.left(new ContractingError.RetroactiveChange("lift a client stop", from, today));
    }
    if (!clientStops().exists(s -> reachesInto(s.period(), from))) {
      return Either.left(new ContractingError.NoClientStopToLift(id(), from));
    }
    Seq<ClientStop> lifted = clientStops()
        .filter(s -> s.period().start().isBefore(from))
        .map(s -> reachesInto(s.period(), from)
            ? new ClientStop(s.period().withEnd(from.minusDays(1)), s.reason())
            : s);
    return Either.right(self().withClientStops(lifted));
  }

  private static boolean reachesInto(DateRange period, LocalDate from) {
    return period.end().forAll(end -> !end.isBefore(from));
  }

  /** Whether the contract holds on {@code date}: inside its period and before any termination date. */
  public boolean inForceOn(LocalDate date) {
    return period().contains(date) && terminatedFrom().forAll(date::isBefore);
  }

  /** The days the contract holds: its period up to the termination; none when terminated from its first day. */
  public Option<DateRange> inForce() {
    if (terminatedFrom().isEmpty()) {
      return Option.some(period());
    }
    LocalDate from = terminatedFrom().get();
    return from.equals(period().start()) ? Option.none() : Option.some(period().withEnd(from.minusDays(1)));
  }

  /** The lot of {@code product} valid on {@code date} while the contract holds, whatever client stops say. */
  public Option<Lot> lotOn(ProductCode product, LocalDate date) {
    return inForceOn(date) ? lots().find(l -> l.covers(product, date)) : Option.none();
  }

  /** The client stop in force on {@code date}, if any. */
  public Option<ClientStop> clientStopOn(LocalDate date) {
    return clientStops().find(s -> s.inForceOn(date));
  }

  /** The lot under which the provider may get a new assignment of {@code product} on {@code date}. */
  public Option<Lot> lotForNewAssignmentOn(ProductCode product, LocalDate date) {
    return clientStopOn(date).isDefined() ? Option.none() : lotOn(product, date);
  }

  private Contract self() {
    return Contract.copyOf(this);
  }
}
