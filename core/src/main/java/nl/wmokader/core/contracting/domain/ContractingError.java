package nl.wmokader.core.contracting.domain;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Rejection;

/** What the contracting rules refuse, each named as the fact that stands in the way. */
public sealed interface ContractingError extends DomainError {

  /** Two lots of one product in one contract would share a day. */
  record LotsOverlap(ContractId contract, ProductCode product, DateRange existing, DateRange requested)
      implements ContractingError, Rejection {
    @Override
    public String message() {
      return "a lot of " + product + " over " + requested + " overlaps the lot over " + existing + " of contract " + contract;
    }
  }

  /** A lot would be valid on days outside its contract's period. */
  record LotOutsideContractPeriod(ContractId contract, ProductCode product, DateRange lot, DateRange period)
      implements ContractingError, Rejection {
    @Override
    public String message() {
      return "a lot of " + product + " over " + lot + " lies outside the contract period " + period;
    }
  }

  /** The catalogue has no version of the product on the lot's first day. */
  record ProductNotInCatalogue(ProductCode product, LocalDate on) implements ContractingError, Rejection {
    @Override
    public String message() {
      return "product " + product + " is not in the catalogue on " + on;
    }
  }

  /** The contract is terminated, which is final: nothing changes it any more. */
  record ContractTerminated(ContractId contract) implements ContractingError, Rejection {
    @Override
    public String message() {
      return "contract " + contract + " is terminated";
    }
  }

  /** The provider already has a contract in force on some day of the requested period. */
  record ContractsOverlap(AgbCode provider, ContractId existing, DateRange requested) implements ContractingError, Rejection {
    @Override
    public String message() {
      return "provider " + provider + " already has contract " + existing + " in force during " + requested;
    }
  }

  /** A termination date must lie within the contract's period. */
  record TerminationOutsideContractPeriod(ContractId contract, LocalDate from, DateRange period)
      implements ContractingError, Rejection {
    @Override
    public String message() {
      return "contract " + contract + " cannot be terminated from " + from + ": its period is " + period;
    }
  }

  /** A contract has at most one client stop on any day. */
  record ClientStopsOverlap(ContractId contract, DateRange existing, DateRange requested) implements ContractingError, Rejection {
    @Override
    public String message() {
      return "a client stop over " + requested + " overlaps the client stop over " + existing + " of contract " + contract;
    }
  }

  /** No client stop of the contract is in force on or after the date it was to be lifted from. */
  record NoClientStopToLift(ContractId contract, LocalDate from) implements ContractingError, Rejection {
    @Override
    public String message() {
      return "contract " + contract + " has no client stop in force on or after " + from;
    }
  }

  /**
   * The change would take effect before today. Terminations and client stops only act on the
   * future: the past may already hold assignments and claims that relied on it.
   */
  record RetroactiveChange(String action, LocalDate effectiveFrom, LocalDate today) implements ContractingError, Rejection {
    @Override
    public String message() {
      return "cannot " + action + " from " + effectiveFrom + ", before today " + today;
    }
  }

  /** The action is not possible in the contract's status (e.g. admitting a contract that is already active). */
  record WrongStatus(ContractId contract, String action, ContractStatus actual) implements ContractingError, Rejection {
    @Override
    public String message() {
      return "cannot " + action + ": contract " + contract + " is " + actual;
    }
  }

  /** An application names a period that is not one of the configured procurement periods. */
  record NotAProcurementPeriod(DateRange requested, Seq<DateRange> procurementPeriods) implements ContractingError, Rejection {
    @Override
    public String message() {
      return requested + " is not a procurement period; applications are for " + procurementPeriods.mkString(", ");
    }
  }

  /**
   * Admission refused: on the admission date these required conditions had no valid evidence
   * (missing, expired or not yet valid), in checklist order.
   */
  record AdmissionConditionsNotMet(ContractId contract, LocalDate on, Seq<ConditionCode> unmet) implements ContractingError, Rejection {
    @Override
    public String message() {
      return "contract " + contract + " cannot be admitted on " + on + ": no valid evidence for " + unmet.mkString(", ");
    }
  }

  /** Evidence names a condition that is not on the contract's admission checklist. */
  record UnknownCondition(ContractId contract, ConditionCode condition) implements ContractingError, Rejection {
    @Override
    public String message() {
      return "condition " + condition + " is not on the admission checklist of contract " + contract;
    }
  }

  /** An indexation would take effect on a day outside the contract's period. */
  record IndexationOutsideContractPeriod(ContractId contract, LocalDate from, DateRange period) implements ContractingError, Rejection {
    @Override
    public String message() {
      return "an indexation from " + from + " lies outside the period " + period + " of contract " + contract;
    }
  }

  /** The contract has no lot of the product on the day. */
  record NoLotOn(ContractId contract, ProductCode product, LocalDate on) implements ContractingError, Rejection {
    @Override
    public String message() {
      return "contract " + contract + " has no lot of " + product + " on " + on;
    }
  }

  /**
   * The lot has no own tariff on the day, so there is nothing to index: the reference tariff applies,
   * and the catalogue indexes that.
   */
  record NoOwnTariff(ContractId contract, ProductCode product, LocalDate on) implements ContractingError, Rejection {
    @Override
    public String message() {
      return "the lot of " + product + " of contract " + contract + " has no own tariff on " + on;
    }
  }

  /** Claim moments are agreed for output-based products only. */
  record ClaimMomentsNotApplicable(ProductCode product, ExecutionVariant variant) implements ContractingError, Rejection {
    @Override
    public String message() {
      return "product " + product + " is " + variant + ": claim moments are for output-based products only";
    }
  }

  /** The provider's client-stop request was decided already. */
  record ClientStopRequestDecided(ContractId contract, ClientStopRequestId request, ClientStopRequestStatus status)
      implements ContractingError, Rejection {
    @Override
    public String message() {
      return "client-stop request " + request + " of contract " + contract + " is " + status + " already";
    }
  }
}
