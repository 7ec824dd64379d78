package nl.wmokader.adapters.rest.supervision;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.supervision.domain.MeasureRecord;
import nl.wmokader.core.supervision.domain.Outcome;

/**
 * An outcome of an investigation, its kind in {@code type}; only the fields of that kind are present:
 * {@code NO_FINDINGS}; {@code IMPROVEMENT_POINT} (description, deadline, followedUpOn);
 * {@code INSTRUCTION} (description, deadline); {@code CLIENT_STOP} and {@code CONTRACT_SUSPENSION}
 * (from, until); {@code CONTRACT_TERMINATION} (from); {@code RECOVERY} (parts, totalCents);
 * {@code FRAUD_REPORT} (reportedTo). Every formal measure (not "no findings", not an improvement
 * point) has {@code decidedOn} and, once the provider reported it, {@code reportedOn}.
 */
public record OutcomeDto(String type, String description, LocalDate deadline, LocalDate followedUpOn,
                         LocalDate from, LocalDate until, List<PartDto> parts, Long totalCents, String reportedTo,
                         LocalDate decidedOn, LocalDate reportedOn) {

  /** What a recovery takes back in one member's settlement. */
  public record PartDto(String municipality, long amountCents) {}

  /** The outcome with its measure record, if it is a formal measure. */
  public static OutcomeDto from(Outcome o, Option<MeasureRecord> measure) {
    OutcomeDto d = from(o);
    return new OutcomeDto(d.type, d.description, d.deadline, d.followedUpOn, d.from, d.until, d.parts, d.totalCents,
        d.reportedTo, measure.map(MeasureRecord::decidedOn).getOrNull(),
        measure.flatMap(MeasureRecord::reportedOn).getOrNull());
  }

  private static OutcomeDto from(Outcome o) {
    if (o instanceof Outcome.ImprovementPoint p) {
      return new OutcomeDto("IMPROVEMENT_POINT", p.description(), p.deadline(), p.followedUpOn().getOrNull(),
          null, null, null, null, null, null, null);
    }
    if (o instanceof Outcome.Instruction i) {
      return new OutcomeDto("INSTRUCTION", i.description(), i.deadline(), null, null, null, null, null, null, null,
          null);
    }
    if (o instanceof Outcome.ClientStop s) {
      return new OutcomeDto("CLIENT_STOP", null, null, null, s.from(), s.until().getOrNull(), null, null, null, null,
          null);
    }
    if (o instanceof Outcome.ContractSuspension s) {
      return new OutcomeDto("CONTRACT_SUSPENSION", null, null, null, s.from(), s.until().getOrNull(), null, null,
          null, null, null);
    }
    if (o instanceof Outcome.ContractTermination t) {
      return new OutcomeDto("CONTRACT_TERMINATION", null, null, null, t.from(), null, null, null, null, null, null);
    }
    if (o instanceof Outcome.Recovery r) {
      return new OutcomeDto("RECOVERY", null, null, null, null, null,
          r.parts().map(p -> new PartDto(p.member().value(), p.amount().cents())).toJavaList(), r.total().cents(),
          null, null, null);
    }
    if (o instanceof Outcome.FraudReport f) {
      return new OutcomeDto("FRAUD_REPORT", null, null, null, null, null, null, null, f.reportedTo(), null, null);
    }
    return new OutcomeDto("NO_FINDINGS", null, null, null, null, null, null, null, null, null, null);
  }
}
