package nl.wmokader.core.contracting.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainStyle;
import nl.wmokader.core.shared.Money;
import org.immutables.value.Value;

/**
 * A contract (overeenkomst) of one provider for a procurement period under the open-house system,
 * from the provider's application to its termination: the admission checklist and the evidence
 * submitted for it, the product lots it may deliver (with own tariffs over date ranges and, for
 * output-based products, claim moments), the waiting-time norm, client stops and the provider's
 * requests for them, and a suspension. The aggregate root of contracting.
 *
 * <p>Lifecycle ({@link ContractStatus}): APPLIED → ADMITTED → ACTIVE ⇄ SUSPENDED, and TERMINATED
 * (final) from any other status. Admission is the open-house rule, without a quota: a contract is
 * admitted exactly when every required condition of its checklist has evidence valid on the
 * admission date.
 *
 * <p>Rules: lots lie inside the period; lots of one product never share a day; client stops never
 * share a day; terminated is final. Terminating from a date ends every lot the day before (lots
 * that would only start on or after it are dropped) and keeps the period as procured, so that
 * {@link #inForceOn} answers from the period and the termination date together; the status the
 * contract had then is kept, because only a contract that was active still gives delivery rights
 * until its termination date. The status is the contract's state now, not a history: a suspension
 * stops new assignments from the moment it is imposed, whatever day they are asked for. Whether a
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

  /** The provider's requests for a client stop, in the order they were made. */
  @Value.Default
  public Seq<ClientStopRequest> clientStopRequests() {
    return List.empty();
  }

  /** The admission checklist as it stood when the contract was applied for (or concluded). */
  @Value.Default
  public Seq<AdmissionCondition> conditions() {
    return List.empty();
  }

  /** Evidence submitted for the checklist's conditions, in the order submitted. */
  @Value.Default
  public Seq<Evidence> evidence() {
    return List.empty();
  }

  /** The day it was admitted; none for an application and for a contract concluded directly. */
  @Value.Default
  public Option<LocalDate> admittedOn() {
    return Option.none();
  }

  /** The current suspension, while suspended (kept when terminated while suspended). */
  @Value.Default
  public Option<Suspension> suspension() {
    return Option.none();
  }

  /** The maximum wait from assignment to start of delivery; none when not agreed. */
  @Value.Default
  public Option<WaitingTimeNorm> waitingTimeNorm() {
    return Option.none();
  }

  /** The first day the contract no longer holds, once terminated. */
  @Value.Default
  public Option<LocalDate> terminatedFrom() {
    return Option.none();
  }

  /** The status it had when it was terminated, once terminated. */
  @Value.Default
  public Option<ContractStatus> terminatedWhile() {
    return Option.none();
  }

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    ContractInvariants.check(this);
  }

  // --- creation

  /** A new active contract concluded directly by the region, with {@code lots} and no checklist. */
  public static Either<ContractingError, Contract> open(ContractId id, AgbCode provider, DateRange period, Seq<Lot> lots) {
    return open(id, provider, period, lots, List.empty());
  }

  /**
   * A new active contract concluded directly by the region, with {@code lots}, carrying {@code
   * checklist} so that evidence can be added and reported on; admission is not checked.
   */
  public static Either<ContractingError, Contract> open(ContractId id, AgbCode provider, DateRange period, Seq<Lot> lots,
      Seq<AdmissionCondition> checklist) {
    Contract empty = Contract.builder().id(id).provider(provider).period(period).conditions(checklist).build();
    return lots.foldLeft(Either.<ContractingError, Contract>right(empty), (acc, lot) -> acc.flatMap(c -> c.addLot(lot)));
  }

  /** A provider's application (status APPLIED) for {@code lots} over {@code period}, judged by {@code checklist}. */
  public static Either<ContractingError, Contract> application(ContractId id, AgbCode provider, DateRange period,
      Seq<Lot> lots, Seq<AdmissionCondition> checklist) {
    Contract empty = Contract.builder().id(id).provider(provider).period(period).conditions(checklist)
        .status(ContractStatus.APPLIED).build();
    return lots.foldLeft(Either.<ContractingError, Contract>right(empty), (acc, lot) -> acc.flatMap(c -> c.addLot(lot)));
  }

  // --- admission

  /** Adds evidence for a condition of the checklist. */
  public Either<ContractingError, Contract> submitEvidence(Evidence evidence) {
    return unlessTerminated(() -> {
      if (!conditions().exists(c -> c.code().equals(evidence.condition()))) {
        return Either.left(new ContractingError.UnknownCondition(id(), evidence.condition()));
      }
      return Either.right(self().withEvidence(evidence().append(evidence)));
    });
  }

  /** The required conditions without evidence valid on {@code date}, in checklist order. */
  public Seq<ConditionCode> unmetConditions(LocalDate date) {
    return conditions().filter(AdmissionCondition::required)
        .map(AdmissionCondition::code)
        .filter(code -> !evidence().exists(e -> e.condition().equals(code) && e.validOn(date)));
  }

  /** Admits an application on {@code today}, when every required condition has evidence valid that day. */
  public Either<ContractingError, Contract> admit(LocalDate today) {
    return inStatus(ContractStatus.APPLIED, "admit the application", () -> {
      Seq<ConditionCode> unmet = unmetConditions(today);
      return unmet.isEmpty()
          ? Either.right(rebuild(b -> b.status(ContractStatus.ADMITTED).admittedOn(Option.some(today))))
          : Either.left(new ContractingError.AdmissionConditionsNotMet(id(), today, unmet));
    });
  }

  /**
   * The required conditions whose evidence is missing or expired on {@code date}, or that lapse
   * within {@code horizonDays} after it, in checklist order.
   */
  public Seq<EvidenceAlert> evidenceAlerts(LocalDate date, int horizonDays) {
    return EvidenceAlerts.of(id(), conditions(), evidence(), date, horizonDays);
  }

  // --- lifecycle

  /** Puts an admitted contract in force. */
  public Either<ContractingError, Contract> activate() {
    return inStatus(ContractStatus.ADMITTED, "activate the contract",
        () -> Either.right(self().withStatus(ContractStatus.ACTIVE)));
  }

  /** Suspends an active contract from {@code today}: no new assignments until reactivated. */
  public Either<ContractingError, Contract> suspend(ClientStopReason reason, LocalDate today) {
    return inStatus(ContractStatus.ACTIVE, "suspend the contract", () -> Either.right(
        rebuild(b -> b.status(ContractStatus.SUSPENDED).suspension(Option.some(new Suspension(today, reason))))));
  }

  /** Ends a suspension: the contract is active again, exactly as before it was suspended. */
  public Either<ContractingError, Contract> reactivate() {
    return inStatus(ContractStatus.SUSPENDED, "reactivate the contract",
        () -> Either.right(rebuild(b -> b.status(ContractStatus.ACTIVE).suspension(Option.none()))));
  }

  /**
   * Terminates the contract from {@code from} (its first day without the contract, today or
   * later, within the period): lots end the day before; lots that would only start then are dropped.
   * Possible in any status but TERMINATED; for an application it is its withdrawal or refusal.
   */
  public Either<ContractingError, Contract> terminate(LocalDate from, LocalDate today) {
    return unlessTerminated(() -> {
      if (from.isBefore(today)) {
        return Either.left(new ContractingError.RetroactiveChange("terminate the contract", from, today));
      }
      if (!period().contains(from)) {
        return Either.left(new ContractingError.TerminationOutsideContractPeriod(id(), from, period()));
      }
      Seq<Lot> ended = lots().flatMap(l -> l.endedBefore(from));
      ContractStatus was = status();
      return Either.right(rebuild(b -> b.status(ContractStatus.TERMINATED).lots(ended)
          .terminatedFrom(Option.some(from)).terminatedWhile(Option.some(was))));
    });
  }

  // --- lots, tariffs, claim moments, norms

  /** Adds a lot inside the period that overlaps no lot of the same product. */
  public Either<ContractingError, Contract> addLot(Lot lot) {
    return unlessTerminated(() -> LotRules.add(id(), period(), lots(), lot).map(self()::withLots));
  }

  /** Agrees an own tariff for the lot of {@code product} on {@code from}, from that day (today or later) to the lot's end. */
  public Either<ContractingError, Contract> setLotTariff(ProductCode product, LocalDate from, Money tariff, LocalDate today) {
    return unlessTerminated(() -> {
      if (from.isBefore(today)) {
        return Either.left(new ContractingError.RetroactiveChange("set a tariff", from, today));
      }
      return changeLot(product, from, lot -> Either.right(lot.withTariffFrom(from, tariff)));
    });
  }

  /**
   * Indexes the own tariff of the lot of {@code product} from {@code from} (a day of the period,
   * today or later) by {@code rate}: see {@link Lot#indexedFrom}.
   */
  public Either<ContractingError, Contract> indexTariff(ProductCode product, LocalDate from, IndexationRate rate,
      LocalDate today) {
    return unlessTerminated(() -> {
      if (!period().contains(from)) {
        return Either.left(new ContractingError.IndexationOutsideContractPeriod(id(), from, period()));
      }
      if (from.isBefore(today)) {
        return Either.left(new ContractingError.RetroactiveChange("index a tariff", from, today));
      }
      return changeLot(product, from, lot -> lot.tariffOn(from).isEmpty()
          ? Either.left(new ContractingError.NoOwnTariff(id(), product, from))
          : Either.right(lot.indexedFrom(from, rate)));
    });
  }

  /** Agrees (or, with none, withdraws) the claim moments of the lot of {@code product} on {@code on}. */
  public Either<ContractingError, Contract> setClaimMoments(ProductCode product, LocalDate on, Option<ClaimMoments> moments) {
    return unlessTerminated(() -> changeLot(product, on, lot -> Either.right(lot.withClaimMoments(moments))));
  }

  /** Agrees the waiting-time norm. */
  public Either<ContractingError, Contract> setWaitingTimeNorm(WaitingTimeNorm norm) {
    return unlessTerminated(() -> Either.right(self().withWaitingTimeNorm(Option.some(norm))));
  }

  private Either<ContractingError, Contract> changeLot(ProductCode product, LocalDate on,
      Function<Lot, Either<ContractingError, Lot>> change) {
    return LotRules.change(id(), lots(), product, on, change).map(self()::withLots);
  }

  // --- client stops

  /** Imposes a client stop starting today or later that overlaps no other client stop. */
  public Either<ContractingError, Contract> imposeClientStop(ClientStop stop, LocalDate today) {
    return unlessTerminated(() -> ClientStopRules.impose(id(), clientStops(), stop, today).map(self()::withClientStops));
  }

  /**
   * Lifts client stops from {@code from} (today or later) on: a stop in force then ends the day
   * before, a stop that would only start on or after it is withdrawn. Earlier stops stay as history.
   */
  public Either<ContractingError, Contract> liftClientStop(LocalDate from, LocalDate today) {
    return unlessTerminated(() -> ClientStopRules.lift(id(), clientStops(), from, today).map(self()::withClientStops));
  }

  /** Records a provider's request for a client stop starting today or later; no stop is in force until consent. */
  public Either<ContractingError, Contract> requestClientStop(ClientStopRequest request, LocalDate today) {
    return unlessTerminated(() -> ClientStopRules.request(clientStopRequests(), request, today)
        .map(self()::withClientStopRequests));
  }

  /** The provider's request {@code id}, if it exists. */
  public Option<ClientStopRequest> clientStopRequest(ClientStopRequestId id) {
    return clientStopRequests().find(r -> r.id().equals(id));
  }

  /**
   * Decides a pending request (present: the service looks it up first): a consent imposes the stop
   * as {@link #imposeClientStop} would, with the same refusals; a refusal only records the decision.
   */
  public Either<ContractingError, Contract> decideOnClientStopRequest(ClientStopRequestId requestId, boolean consent,
      LocalDate today) {
    return unlessTerminated(() -> ClientStopRules.pending(id(), clientStopRequests(), requestId).flatMap(index -> {
      ClientStopRequest request = clientStopRequests().get(index);
      Either<ContractingError, Contract> stopped = consent
          ? imposeClientStop(new ClientStop(request.period(), ClientStopReason.PROVIDER_REQUEST), today)
          : Either.right(self());
      ClientStopRequest decided = request.decided(
          consent ? ClientStopRequestStatus.CONSENTED : ClientStopRequestStatus.REFUSED, today);
      return stopped.map(c -> c.withClientStopRequests(c.clientStopRequests().update(index, decided)));
    }));
  }

  // --- queries

  /** The status that decides delivery rights: the status now, or the one it had when terminated. */
  public ContractStatus lifecycleStatus() {
    return terminatedWhile().getOrElse(status());
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

  /** The lot of {@code product} valid on {@code date} while the contract holds, whatever its status and client stops say. */
  public Option<Lot> lotOn(ProductCode product, LocalDate date) {
    return inForceOn(date) ? lots().find(l -> l.covers(product, date)) : Option.none();
  }

  /** The client stop in force on {@code date}, if any. */
  public Option<ClientStop> clientStopOn(LocalDate date) {
    return clientStops().find(s -> s.inForceOn(date));
  }

  /**
   * The lot under which the provider may get a new assignment of {@code product} on {@code date}:
   * only while the contract is active (or was, when terminated from a later day), no client stop is
   * in force that day and a lot covers it.
   */
  public Option<Lot> lotForNewAssignmentOn(ProductCode product, LocalDate date) {
    if (lifecycleStatus() != ContractStatus.ACTIVE || clientStopOn(date).isDefined()) {
      return Option.none();
    }
    return lotOn(product, date);
  }

  /** {@code change}, unless the contract is terminated: terminated is final, and takes no change. */
  private Either<ContractingError, Contract> unlessTerminated(Supplier<Either<ContractingError, Contract>> change) {
    return status().isFinal() ? Either.left(new ContractingError.ContractTerminated(id())) : change.get();
  }

  /** {@code change} of a contract in status {@code required}; refused as terminated, or as in another status. */
  private Either<ContractingError, Contract> inStatus(ContractStatus required, String action,
      Supplier<Either<ContractingError, Contract>> change) {
    return unlessTerminated(() -> status() == required ? change.get() : Either.left(wrongStatus(action)));
  }

  private ContractingError wrongStatus(String action) {
    return new ContractingError.WrongStatus(id(), action, status());
  }

  private Contract self() {
    return Contract.copyOf(this);
  }

  /**
   * A copy with the changes {@code edit} makes to the attributes a lifecycle step changes together:
   * one build, not a chain of {@code withX}, since intermediate copies could break an invariant.
   */
  private Contract rebuild(Function<ContractEdit, ContractEdit> edit) {
    return edit.apply(new ContractEdit(self())).build(self());
  }
}
