package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * What an investigation concludes (DOMAIN.md §7): no findings, improvement points with deadlines,
 * or a formal measure. The records check only their shape; whether a date lies in the past or an
 * amount is positive is the investigation's rule ({@link AbstractInvestigation#addOutcome}), which
 * refuses rather than throws. Measures act on other subdomains through their own use cases: a
 * client stop blocks new assignments, a recovery becomes a negative settlement item, a termination
 * ends the contract.
 */
public sealed interface Outcome {

  /** Whether this is a formal measure rather than no findings or an improvement point. */
  default boolean isMeasure() {
    return !(this instanceof NoFindings) && !(this instanceof ImprovementPoint);
  }

  /** Nothing to remark: excludes every other outcome. */
  record NoFindings() implements Outcome {}

  /** An improvement the provider makes before {@code deadline}; the follow-up records the day it was checked. */
  record ImprovementPoint(String description, LocalDate deadline, Option<LocalDate> followedUpOn) implements Outcome {
    public ImprovementPoint {
      requireText(description, "description");
      requireNonNull(deadline, "deadline");
      requireNonNull(followedUpOn, "followedUpOn");
    }

    /** A new point, not yet followed up. */
    public static ImprovementPoint open(String description, LocalDate deadline) {
      return new ImprovementPoint(description, deadline, Option.none());
    }

    /** Not followed up, and its deadline passed before {@code today}. */
    public boolean isOverdue(LocalDate today) {
      return followedUpOn.isEmpty() && deadline.isBefore(today);
    }

    ImprovementPoint followedUp(LocalDate on) {
      return new ImprovementPoint(description, deadline, Option.some(on));
    }
  }

  /** An instruction (aanwijzing): a binding order to comply by {@code deadline}. */
  record Instruction(String description, LocalDate deadline) implements Outcome {
    public Instruction {
      requireText(description, "description");
      requireNonNull(deadline, "deadline");
    }
  }

  /** A client stop (cliëntenstop): no new assignments to the provider from {@code from}, until {@code until} if given. */
  record ClientStop(LocalDate from, Option<LocalDate> until) implements Outcome {
    public ClientStop {
      requireNonNull(from, "from");
      requireNonNull(until, "until");
    }
  }

  /** The contract is suspended from {@code from}, until {@code until} if given. */
  record ContractSuspension(LocalDate from, Option<LocalDate> until) implements Outcome {
    public ContractSuspension {
      requireNonNull(from, "from");
      requireNonNull(until, "until");
    }
  }

  /** The contract ends from {@code from} (its first day without contract). */
  record ContractTermination(LocalDate from) implements Outcome {
    public ContractTermination {
      requireNonNull(from, "from");
    }
  }

  /** Recovery (terugvordering) of unduly paid amounts, per member municipality that paid them. */
  record Recovery(Seq<Part> parts) implements Outcome {
    public Recovery {
      requireNonNull(parts, "parts");
      parts = List.ofAll(parts);
      if (parts.contains(null)) {
        throw new IllegalArgumentException("a recovery part is null");
      }
    }

    public static Recovery of(Part first, Part... more) {
      return new Recovery(List.of(more).prepend(first));
    }

    /** The sum over all parts. */
    public Money total() {
      return parts.foldLeft(Money.ZERO, (sum, p) -> sum.plus(p.amount()));
    }

    /** What one member municipality recovers. */
    public record Part(MunicipalityCode member, Money amount) {
      public Part {
        requireNonNull(member, "member");
        requireNonNull(amount, "amount");
      }
    }
  }

  /** A report of suspected fraud to {@code reportedTo} (e.g. the police or the Social Affairs Inspectorate). */
  record FraudReport(String reportedTo) implements Outcome {
    public FraudReport {
      requireText(reportedTo, "reportedTo");
    }
  }

  private static void requireText(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
  }
}
