package nl.wmokader.core.indication.domain;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainStyle;
import nl.wmokader.core.shared.MunicipalityCode;
import org.immutables.value.Value;

/**
 * An assignment (toewijzing, iWmo 301): the municipality's order to one provider to deliver what an
 * in-kind grant granted, to one client, over a validity inside the grant's. It carries the
 * provider's reports of the actual start (305) and stop (307) of delivery. The responsible and
 * attributed municipality are copied from the indication, so that scope needs no second lookup.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractAssignment {

  public abstract AssignmentId id();

  /**
   * ToewijzingNummer: unique per {@link #responsibleMunicipality()}. Every assignment the use cases
   * issue has one (given by the caller or the next of the municipality's sequence); none only on an
   * assignment an embedder builds and stores itself.
   */
  @Value.Default
  public Option<AssignmentNumber> number() {
    return Option.none();
  }

  /** The indication whose grant this assignment executes. */
  public abstract IndicationId indication();

  /** Personal data: never logged. */
  public abstract Bsn client();

  public abstract MunicipalityCode responsibleMunicipality();

  @Value.Default
  public Option<MunicipalityCode> attributedTo() {
    return Option.none();
  }

  public abstract AgbCode provider();

  public abstract AssignmentType type();

  public abstract ProductCategory category();

  /** The product code: present exactly for a {@link AssignmentType#SPECIFIC} assignment. */
  @Value.Default
  public Option<ProductCode> product() {
    return Option.none();
  }

  /** The volume: required when specific, a budget in {@link nl.wmokader.core.catalogue.domain.Unit#EUROS} when generic, optional when aspecific. */
  @Value.Default
  public Option<Volume> volume() {
    return Option.none();
  }

  /** Ingangsdatum .. einddatum: when the provider is to deliver. */
  public abstract DateRange validity();

  /** Toewijzingsdatum: the day the municipality issued it; waiting time counts from here. */
  public abstract LocalDate assignedOn();

  /** The first day of delivery the provider reported (305). */
  @Value.Default
  public Option<LocalDate> deliveryStart() {
    return Option.none();
  }

  /** The last day of delivery and why: the provider's stop (307) or the municipality's early end. */
  @Value.Default
  public Option<AssignmentStop> stop() {
    return Option.none();
  }

  @Value.Default
  public AssignmentStatus status() {
    return AssignmentStatus.ASSIGNED;
  }

  /** The assignment this one replaces after a change of volume. */
  @Value.Default
  public Option<AssignmentId> replaces() {
    return Option.none();
  }

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    switch (type()) {
      case SPECIFIC:
        require(product().isDefined() && volume().isDefined(), "a specific assignment has a product and a volume");
        break;
      case ASPECIFIC:
        require(product().isEmpty(), "an aspecific assignment names no product");
        break;
      case GENERIC:
      default:
        require(product().isEmpty() && volume().exists(v -> v.unit() == Unit.EUROS),
            "a generic assignment is a budget in euros without a product");
        break;
    }
    require(deliveryStart().forAll(validity()::contains), "delivery starts inside the validity");
    require(stop().forAll(s -> validity().contains(s.date())), "delivery stops inside the validity");
    require(stop().forAll(s -> deliveryStart().forAll(d -> !s.date().isBefore(d))), "delivery stops after it starts");
    switch (status()) {
      case ASSIGNED:
        require(deliveryStart().isEmpty() && stop().isEmpty(), "an assigned assignment has no start or stop");
        break;
      case DELIVERING:
        require(deliveryStart().isDefined() && stop().isEmpty(), "delivering: started, not stopped");
        break;
      case STOPPED:
        require(deliveryStart().isDefined() && stop().isDefined(), "stopped: started and stopped");
        break;
      case ENDED:
        require(stop().isDefined(), "an ended assignment has a stop");
        break;
      case DELETED:
      default:
        break;
    }
    require(version() >= 0, "version >= 0");
  }

  private static void require(boolean invariant, String message) {
    if (!invariant) {
      throw new IllegalStateException(message);
    }
  }

  /** The days the provider is to deliver: the validity, cut at the stop when there is one. */
  public DateRange effectivePeriod() {
    return stop().map(s -> DateRange.of(validity().start(), s.date())).getOrElse(validity());
  }

  /** Days from issue to the start of delivery; 0 when delivery started before the (retroactive) issue. */
  public Option<Long> waitingDays() {
    return deliveryStart().map(d -> Math.max(0, ChronoUnit.DAYS.between(assignedOn(), d)));
  }

  /**
   * Moves the end date, volume unchanged (OP043: an extension keeps the assignment). Not before the
   * start, nor before a reported start of delivery.
   */
  public Either<AssignmentError, Assignment> moveEnd(Option<LocalDate> newEnd) {
    if (!status().isActive()) {
      return Either.left(new AssignmentError.NotActive(id(), status()));
    }
    LocalDate earliest = latest(validity().start(), deliveryStart());
    if (newEnd.exists(e -> e.isBefore(earliest))) {
      return Either.left(new AssignmentError.DateOutOfRange(id(), "end", earliest, Option.none()));
    }
    return Either.right(rebuild(DateRange.of(validity().start(), newEnd), deliveryStart(), stop(), status()));
  }

  /**
   * Ends it the day before {@code changeDate}, for a new assignment from that date on. The old one
   * keeps at least one day, and every day of delivery already reported.
   */
  public Either<AssignmentError, Assignment> endBefore(LocalDate changeDate, StopReason reason) {
    if (!status().isActive()) {
      return Either.left(new AssignmentError.NotActive(id(), status()));
    }
    LocalDate earliest = latest(validity().start(), deliveryStart()).plusDays(1);
    if (changeDate.isBefore(earliest) || validity().end().exists(changeDate::isAfter)) {
      return Either.left(new AssignmentError.DateOutOfRange(id(), "changeDate", earliest, validity().end()));
    }
    LocalDate lastDay = changeDate.minusDays(1);
    return Either.right(rebuild(validity().withEnd(lastDay), deliveryStart(),
        Option.some(new AssignmentStop(lastDay, reason)), AssignmentStatus.ENDED));
  }

  /**
   * Records the first day of delivery (305): once, not on a deleted assignment, inside the
   * effective period. A late report on an ended assignment keeps it ended.
   */
  public Either<AssignmentError, Assignment> startDelivery(LocalDate date) {
    if (status() == AssignmentStatus.DELETED) {
      return Either.left(new AssignmentError.NotActive(id(), status()));
    }
    if (deliveryStart().isDefined()) {
      return Either.left(new AssignmentError.AlreadyStarted(id(), deliveryStart().get()));
    }
    DateRange allowed = effectivePeriod();
    if (!allowed.contains(date)) {
      return Either.left(new AssignmentError.DateOutOfRange(id(), "date", allowed.start(), allowed.end()));
    }
    return Either.right(rebuild(validity(), Option.some(date), stop(),
        status() == AssignmentStatus.ASSIGNED ? AssignmentStatus.DELIVERING : status()));
  }

  /** Records the last day of delivery and why (307): only while delivering, from the start to the validity's end. */
  public Either<AssignmentError, Assignment> stopDelivery(LocalDate date, StopReason reason) {
    if (status() == AssignmentStatus.ASSIGNED) {
      return Either.left(new AssignmentError.NotStarted(id()));
    }
    if (status() != AssignmentStatus.DELIVERING) {
      return Either.left(new AssignmentError.NotActive(id(), status()));
    }
    LocalDate earliest = deliveryStart().get();
    if (date.isBefore(earliest) || validity().end().exists(date::isAfter)) {
      return Either.left(new AssignmentError.DateOutOfRange(id(), "date", earliest, validity().end()));
    }
    return Either.right(rebuild(validity(), deliveryStart(), Option.some(new AssignmentStop(date, reason)),
        AssignmentStatus.STOPPED));
  }

  /** Marks it deleted; whether claims on it were approved is the caller's question. */
  public Either<AssignmentError, Assignment> delete() {
    if (status() == AssignmentStatus.DELETED) {
      return Either.left(new AssignmentError.NotActive(id(), status()));
    }
    return Either.right(Assignment.copyOf(this).withStatus(AssignmentStatus.DELETED));
  }

  /**
   * The assignment that replaces this one after a change of volume: the same order with
   * {@code newVolume}, from {@code changeDate} to this one's end, issued on {@code assignedOn}; a new
   * assignment, so with a number of its own.
   */
  public Assignment replacement(AssignmentId newId, Option<AssignmentNumber> newNumber, Volume newVolume,
                                LocalDate changeDate, LocalDate assignedOn) {
    return Assignment.builder()
        .id(newId)
        .number(newNumber)
        .indication(indication())
        .client(client())
        .responsibleMunicipality(responsibleMunicipality())
        .attributedTo(attributedTo())
        .provider(provider())
        .type(type())
        .category(category())
        .product(product())
        .volume(Option.some(newVolume))
        .validity(DateRange.of(changeDate, validity().end()))
        .assignedOn(assignedOn)
        .replaces(Option.some(id()))
        .build();
  }

  /** A copy with another validity and lifecycle, checked once as a whole (each {@code withX} would check alone). */
  private Assignment rebuild(DateRange validity, Option<LocalDate> deliveryStart, Option<AssignmentStop> stop,
                             AssignmentStatus status) {
    return Assignment.builder()
        .id(id())
        .number(number())
        .indication(indication())
        .client(client())
        .responsibleMunicipality(responsibleMunicipality())
        .attributedTo(attributedTo())
        .provider(provider())
        .type(type())
        .category(category())
        .product(product())
        .volume(volume())
        .validity(validity)
        .assignedOn(assignedOn())
        .deliveryStart(deliveryStart)
        .stop(stop)
        .status(status)
        .replaces(replaces())
        .version(version())
        .build();
  }

  private static LocalDate latest(LocalDate date, Option<LocalDate> other) {
    return other.filter(o -> o.isAfter(date)).getOrElse(date);
  }
}
