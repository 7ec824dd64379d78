package nl.wmokader.core.indication.port.in;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.indication.domain.IndicationId;

/** The decision on an application: exactly one of a grant and a refusal reason. Use the factories. */
public record DecideOnApplicationCommand(IndicationId indication, LocalDate decidedOn,
    Option<GrantTerms> grant, Option<String> refusalReason) {

  public static DecideOnApplicationCommand grant(IndicationId indication, LocalDate decidedOn, GrantTerms grant) {
    return new DecideOnApplicationCommand(indication, decidedOn, Option.some(grant), Option.none());
  }

  public static DecideOnApplicationCommand refuse(IndicationId indication, LocalDate decidedOn, String reason) {
    return new DecideOnApplicationCommand(indication, decidedOn, Option.none(), Option.some(reason));
  }
}
