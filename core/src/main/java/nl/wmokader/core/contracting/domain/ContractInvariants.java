package nl.wmokader.core.contracting.domain;

import io.vavr.collection.Seq;

/** What holds of every {@link Contract}, checked on every copy (an illegal state is a bug, not a refusal). */
final class ContractInvariants {
  private ContractInvariants() {}

  static void check(AbstractContract c) {
    boolean terminated = c.status() == ContractStatus.TERMINATED;
    if (terminated != c.terminatedFrom().isDefined() || terminated != c.terminatedWhile().isDefined()) {
      throw new IllegalStateException("a contract has a termination date and prior status exactly when it is terminated");
    }
    if (c.terminatedWhile().contains(ContractStatus.TERMINATED)) {
      throw new IllegalStateException("a contract is terminated once");
    }
    if (c.suspension().isDefined() != (c.lifecycleStatus() == ContractStatus.SUSPENDED)) {
      throw new IllegalStateException("a contract has a suspension exactly when it is (or was, when terminated) suspended");
    }
    if (c.lifecycleStatus() == ContractStatus.APPLIED && c.admittedOn().isDefined()) {
      throw new IllegalStateException("an application has no admission date");
    }
    if (c.terminatedFrom().exists(from -> !c.period().contains(from))) {
      throw new IllegalStateException("a termination date lies within the contract period");
    }
    if (c.lots().exists(l -> !c.period().contains(l.validity()))) {
      throw new IllegalStateException("lots lie inside the contract period");
    }
    if (c.terminatedFrom().exists(from -> c.lots().exists(l -> l.validity().contains(from) || l.validity().start().isAfter(from)))) {
      throw new IllegalStateException("lots of a terminated contract end before its termination date");
    }
    Seq<Lot> lots = c.lots();
    for (int i = 0; i < lots.size(); i++) {
      for (int j = i + 1; j < lots.size(); j++) {
        if (lots.get(i).overlaps(lots.get(j))) {
          throw new IllegalStateException("lots of one product never overlap");
        }
      }
    }
    Seq<ClientStop> stops = c.clientStops();
    for (int i = 0; i < stops.size(); i++) {
      for (int j = i + 1; j < stops.size(); j++) {
        if (stops.get(i).period().overlaps(stops.get(j).period())) {
          throw new IllegalStateException("client stops never overlap");
        }
      }
    }
    Seq<ConditionCode> codes = c.conditions().map(AdmissionCondition::code);
    if (codes.distinct().size() != codes.size()) {
      throw new IllegalStateException("checklist codes are distinct");
    }
    if (c.evidence().exists(e -> !codes.contains(e.condition()))) {
      throw new IllegalStateException("evidence meets a condition of the checklist");
    }
    if (c.clientStopRequests().map(ClientStopRequest::id).distinct().size() != c.clientStopRequests().size()) {
      throw new IllegalStateException("client-stop requests have distinct ids");
    }
  }
}
