package nl.wmokader.adapters.rest.indication;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.indication.domain.Decision;
import nl.wmokader.core.indication.domain.Grant;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IntakeDeadlines;
import nl.wmokader.core.indication.domain.Objection;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A case as the API shows it: parties, status, the dates of its steps, the due dates of its terms,
 * the decision and the objection. Absent steps are left out (null members are not written); enums
 * are their constant names; {@code client} is the BSN (personal data, shown only to who sees the case).
 */
public record IndicationDto(String id, String client, String responsibleMunicipality, String attributedTo,
    String status, boolean applicationWithoutReport, LocalDate reportedOn, LocalDate assessedOn, LocalDate appliedOn,
    DeadlinesDto deadlines, DecisionDto decision, ObjectionDto objection, long version) {

  public static IndicationDto from(Indication i, IntakeDeadlines deadlines) {
    return new IndicationDto(
        i.id().toString(),
        i.client().value(),
        i.responsibleMunicipality().value(),
        i.attributedTo().map(MunicipalityCode::value).getOrNull(),
        i.status().name(),
        i.applicationWithoutReport(),
        i.reportedOn(),
        i.assessedOn().getOrNull(),
        i.appliedOn().getOrNull(),
        DeadlinesDto.from(i, deadlines),
        i.decision().map(DecisionDto::from).getOrNull(),
        i.objection().map(ObjectionDto::from).getOrNull(),
        i.version());
  }

  /**
   * The last day of each term that runs or ran on the case: the assessment (none for an application
   * without report), the decision (once applied), the objection window and the decision on the
   * objection (once there is something to object to or decide).
   */
  public record DeadlinesDto(LocalDate assessmentDue, LocalDate decisionDue, LocalDate objectionWindowEnd,
      LocalDate objectionDecisionDue) {
    static DeadlinesDto from(Indication i, IntakeDeadlines d) {
      return new DeadlinesDto(d.assessmentDue(i).getOrNull(), d.decisionDue(i).getOrNull(),
          d.objectionWindowEnd(i).getOrNull(), d.objectionDecisionDue(i).getOrNull());
    }
  }

  /** The decision: a grant or a refusal reason. */
  public record DecisionDto(LocalDate decidedOn, GrantDto grant, String refusalReason) {
    static DecisionDto from(Decision d) {
      return new DecisionDto(d.decidedOn(), d.grant().map(GrantDto::from).getOrNull(), d.refusalReason().getOrNull());
    }
  }

  /** What was granted, in the shape it was requested. */
  public record GrantDto(String category, String product, String form, long quantity, String unit, String frequency,
      LocalDate validFrom, LocalDate validUntil, List<String> goals, LocalDate evaluationDate) {
    static GrantDto from(Grant g) {
      return new GrantDto(
          g.category().name(),
          g.product().map(p -> p.value()).getOrNull(),
          g.form().name(),
          g.volume().quantity(),
          g.volume().unit().name(),
          g.volume().frequency().name(),
          g.validity().start(),
          g.validity().end().getOrNull(),
          g.goals().toJavaList(),
          g.evaluationDate());
    }
  }

  /** The objection: when filed, whether late, and once decided the outcome and its date. */
  public record ObjectionDto(LocalDate filedOn, boolean late, String outcome, LocalDate decidedOn) {
    static ObjectionDto from(Objection o) {
      return new ObjectionDto(o.filedOn(), o.late(), o.outcome().map(Enum::name).getOrNull(), o.decidedOn().getOrNull());
    }
  }
}
