package nl.wmokader.core.contracting.domain;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The rules of a contract's client stops and the provider's requests for them: stops never share a
 * day, none starts or ends in the past, a request is decided once. The contract applies them after
 * its own guard (a terminated contract takes no change).
 */
final class ClientStopRules {

  private ClientStopRules() {}

  /** {@code stops} with {@code stop} added, when it starts today or later and overlaps none of them. */
  static Either<ContractingError, Seq<ClientStop>> impose(ContractId contract, Seq<ClientStop> stops, ClientStop stop,
      LocalDate today) {
    if (stop.period().start().isBefore(today)) {
      return Either.left(new ContractingError.RetroactiveChange("impose a client stop", stop.period().start(), today));
    }
    Option<ClientStop> clash = stops.find(s -> s.period().overlaps(stop.period()));
    if (clash.isDefined()) {
      return Either.left(new ContractingError.ClientStopsOverlap(contract, clash.get().period(), stop.period()));
    }
    return Either.right(stops.append(stop));
  }

  /** {@code stops} lifted from {@code from} (today or later), when a stop reaches into that day. */
  static Either<ContractingError, Seq<ClientStop>> lift(ContractId contract, Seq<ClientStop> stops, LocalDate from,
      LocalDate today) {
    if (from.isBefore(today)) {
      return Either.left(new ContractingError.RetroactiveChange("lift a client stop", from, today));
    }
    if (!stops.exists(s -> s.reachesInto(from))) {
      return Either.left(new ContractingError.NoClientStopToLift(contract, from));
    }
    return Either.right(ClientStop.liftedFrom(stops, from));
  }

  /** {@code requests} with {@code request} added, when it asks for a stop starting today or later. */
  static Either<ContractingError, Seq<ClientStopRequest>> request(Seq<ClientStopRequest> requests,
      ClientStopRequest request, LocalDate today) {
    if (request.period().start().isBefore(today)) {
      return Either.left(new ContractingError.RetroactiveChange("request a client stop", request.period().start(), today));
    }
    return Either.right(requests.append(request));
  }

  /** The index of the pending request {@code id} (present: the service looks it up first), or its refusal as decided. */
  static Either<ContractingError, Integer> pending(ContractId contract, Seq<ClientStopRequest> requests,
      ClientStopRequestId id) {
    int index = requests.indexWhere(r -> r.id().equals(id));
    if (index < 0) {
      throw new IllegalArgumentException("no client-stop request " + id);
    }
    ClientStopRequest request = requests.get(index);
    return request.status() == ClientStopRequestStatus.PENDING
        ? Either.right(index)
        : Either.left(new ContractingError.ClientStopRequestDecided(contract, id, request.status()));
  }
}
