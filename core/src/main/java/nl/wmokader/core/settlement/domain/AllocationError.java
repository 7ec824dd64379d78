package nl.wmokader.core.settlement.domain;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Rejection;

/** Why a shared cost cannot be divided. Free of personal data: it names municipalities and amounts only. */
public sealed interface AllocationError extends Rejection {

  /** The total to divide is below zero (a refund is a separate, negative settlement item). */
  record NegativeTotal(Money total) implements AllocationError {
    @Override
    public String message() {
      return "the total to allocate is negative: " + total;
    }
  }

  /** The region has no members to divide over. */
  record NoMembers() implements AllocationError {
    @Override
    public String message() {
      return "the region has no members";
    }
  }

  /** Every member's weight is zero, so no share is defined. */
  record AllWeightsZero() implements AllocationError {
    @Override
    public String message() {
      return "all weights of the key are zero";
    }
  }

  /** These members have no inhabitant count on or before the reference date. */
  record MissingInhabitants(Seq<MunicipalityCode> members, LocalDate referenceDate) implements AllocationError {
    @Override
    public String message() {
      return "no inhabitants on " + referenceDate + " for " + members.mkString(", ");
    }
  }

  /** A key names a municipality that is not a member of the region. */
  record UnknownMember(MunicipalityCode municipality) implements AllocationError {
    @Override
    public String message() {
      return "municipality " + municipality + " is not a member of the region";
    }
  }

  /** A weight below zero. */
  record NegativeWeight(MunicipalityCode municipality, long weight) implements AllocationError {
    @Override
    public String message() {
      return "the weight of " + municipality + " is negative: " + weight;
    }
  }

  /** Fixed shares that do not add up to the whole (e.g. basis points not summing to 10 000). */
  record SharesNotWhole(long sum, long whole) implements AllocationError {
    @Override
    public String message() {
      return "fixed shares sum to " + sum + ", not to the whole " + whole;
    }
  }

  /** A blend's year lies outside 0..years, or years is below one. */
  record BlendYearOutOfRange(int year, int years) implements AllocationError {
    @Override
    public String message() {
      return "blend year " + year + " is outside 0.." + years + " (years must be at least 1)";
    }
  }
}
