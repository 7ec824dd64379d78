package nl.wmokader.core.contracting.domain;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/** The attributes of a {@link Contract} a lifecycle step changes together, built into a copy at once. */
final class ContractEdit {
  private ContractStatus status;
  private Seq<Lot> lots;
  private Option<LocalDate> admittedOn;
  private Option<Suspension> suspension;
  private Option<LocalDate> terminatedFrom;
  private Option<ContractStatus> terminatedWhile;

  ContractEdit(Contract c) {
    status = c.status();
    lots = c.lots();
    admittedOn = c.admittedOn();
    suspension = c.suspension();
    terminatedFrom = c.terminatedFrom();
    terminatedWhile = c.terminatedWhile();
  }

  ContractEdit status(ContractStatus s) {
    status = s;
    return this;
  }

  ContractEdit lots(Seq<Lot> l) {
    lots = l;
    return this;
  }

  ContractEdit admittedOn(Option<LocalDate> d) {
    admittedOn = d;
    return this;
  }

  ContractEdit suspension(Option<Suspension> s) {
    suspension = s;
    return this;
  }

  ContractEdit terminatedFrom(Option<LocalDate> d) {
    terminatedFrom = d;
    return this;
  }

  ContractEdit terminatedWhile(Option<ContractStatus> s) {
    terminatedWhile = s;
    return this;
  }

  /** {@code base} with these attributes, everything else as it was. */
  Contract build(Contract base) {
    return Contract.builder()
        .id(base.id())
        .provider(base.provider())
        .period(base.period())
        .status(status)
        .lots(lots)
        .clientStops(base.clientStops())
        .clientStopRequests(base.clientStopRequests())
        .conditions(base.conditions())
        .evidence(base.evidence())
        .admittedOn(admittedOn)
        .suspension(suspension)
        .waitingTimeNorm(base.waitingTimeNorm())
        .terminatedFrom(terminatedFrom)
        .terminatedWhile(terminatedWhile)
        .version(base.version())
        .build();
  }
}
