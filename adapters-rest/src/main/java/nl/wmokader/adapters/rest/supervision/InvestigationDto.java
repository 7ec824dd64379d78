package nl.wmokader.adapters.rest.supervision;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.supervision.domain.Finding;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.MemberInformed;

/**
 * An investigation: {@code trigger} is {@code SIGNALS} (with the {@code signals} it was opened on) or
 * {@code PROACTIVE}; {@code outcomes} in the order decided, so an improvement point's position in
 * it is the {@code index} to follow it up or report a measure by.
 */
public record InvestigationDto(String id, String provider, String trigger, List<String> signals, String scope,
                               String deliveryForm, LocalDate openedOn, String status, LocalDate statusSince,
                               LocalDate responseDue, LocalDate finalReportOn, List<FindingDto> findings,
                               List<OutcomeDto> outcomes,
                               List<InformedDto> informed, long version) {

  /** The verdict on one norm of the quality framework. */
  public record FindingDto(String normCode, String normName, String verdict, String note) {
    static FindingDto from(Finding f) {
      return new FindingDto(f.normCode(), f.normName(), f.verdict().name(), f.note());
    }
  }

  /** A member informed of the outcome, and when. */
  public record InformedDto(String municipality, LocalDate on) {
    static InformedDto from(MemberInformed m) {
      return new InformedDto(m.member().value(), m.on());
    }
  }

  public static InvestigationDto from(Investigation i) {
    boolean signalDriven = i.trigger() instanceof InvestigationTrigger.SignalDriven;
    List<String> signals = signalDriven
        ? ((InvestigationTrigger.SignalDriven) i.trigger()).signals().map(Object::toString).toJavaList()
        : List.of();
    return new InvestigationDto(i.id().value().toString(), i.provider().value(), signalDriven ? "SIGNALS" : "PROACTIVE",
        signals, i.scope().name(), i.deliveryForm().name(), i.openedOn(), i.status().name(), i.statusSince(),
        i.responseDue().getOrNull(), i.finalReportOn().getOrNull(), i.findings().map(FindingDto::from).toJavaList(),
        i.outcomes().zipWithIndex().map(t -> OutcomeDto.from(t._1, i.measures().find(m -> m.outcome() == t._2)))
            .toJavaList(), i.informed().map(InformedDto::from).toJavaList(),
        i.version());
  }
}
