package nl.wmokader.core.contracting.domain;

import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;

/** What the contracting rules refuse, each named as the fact that stands in the way. */
public sealed interface ContractingError extends DomainError {

  /** Two lots of one product in one contract would share a day. */
  record LotsOverlap(ContractId contract, ProductCode product, DateRange existing, DateRange requested)
      implements ContractingError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.REJECTED;
    }

    @Override
    public String message() {
      return "a lot of " + product + " over " + requested + " overlaps the lot over " + existing + " of contract " + contract;
    }
  }

  /** A lot would be valid on days outside its contract's period. */
  record LotOutsideContractPeriod(ContractId contract, ProductCode product, DateRange lot, DateRange period)
      implements ContractingError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.REJECTED;
    }

    @Override
    public String message() {
      return "a lot of " + product + " over " + lot + " lies outside the contract period " + period;
    }
  }

  /** The catalogue has no version of the product on the lot's first day. */
  record ProductNotInCatalogue(ProductCode product, LocalDate on) implements ContractingError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.REJECTED;
    }

    @Override
    public String message() {
      return "product " + product + " is not in the catalogue on " + on;
    }
  }

  /** The contract is terminated, which is final: nothing changes it any more. */
  record ContractTerminated(ContractId contract) implements ContractingError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.REJECTED;
    }

    @Override
    public String message() {
      return "contract " + contract + " is terminated";
    }
  }

  /** The provider already has a contract in force on some day of the requested period. */
  record ContractsOverlap(AgbCode provider, ContractId existing, DateRange requested) implements ContractingError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.REJECTED;
    }

    @Override
    public String message() {
      return "provider " + provider + " already has contract " + existing + " in force during " + requested;
    }
  }

  /** A termination date must lie within the contract's period. */
  record TerminationOutsideContractPeriod(ContractId contract, LocalDate from, DateRange period)
      implements ContractingError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.REJECTED;
    }

    @Override
    public String message() {
      return "contract " + contract + " cannot be terminated from " + from + ": its period is " + period;
    }
  }

  /** A contract has at most one client stop on any day. */
  record ClientStopsOverlap(ContractId contract, DateRange existing, DateRange requested) implements ContractingError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.REJECTED;
    }

    @Override
    public String message() {
      return "a client stop over " + requested + " overlaps the client stop over " + existing + " of contract " + contract;
    }
  }

  /** No client stop of the contract is in force on or after the date it was to be lifted from. */
  record NoClientStopToLift(ContractId contract, LocalDate from) implements ContractingError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.REJECTED;
    }

    @Override
    public String message() {
      return "contract " + contract + " has no client stop in force on or after " + from;
    }
  }

  /**
   * The change would take effect before today. Terminations and client stops only act on the
   * future: the past may already hold assignments and claims that relied on it.
   */
  record RetroactiveChange(String action, LocalDate effectiveFrom, LocalDate today) implements ContractingError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.REJECTED;
    }

    @Override
    public String message() {
      return "cannot " + action + " from " + effectiveFrom + ", before today " + today;
    }
  }
}
