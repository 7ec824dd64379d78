package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.supervision.domain.IncidentKind;

/**
 * A calamity or violence incident of {@code provider}, reported to the GGD on {@code reportedOn}:
 * when the provider reports it itself, today unless given; when the region or a supervisor
 * records the provider's report, the day the provider reported it (required). Neither date lies
 * in the future. Made from raw values by {@link #read}; what depends on the actor, the clock and
 * the stores is the use case's to check.
 */
public record ReportCalamityCommand(AgbCode provider, IncidentKind kind, LocalDate occurredOn, LocalDate reportedOn,
                                    String summary) {

  /** The command from raw values, or every missing or malformed field. */
  public static Either<DomainError, ReportCalamityCommand> read(String provider, IncidentKind kind,
                                                                LocalDate occurredOn, LocalDate reportedOn,
                                                                String summary) {
    FieldChecks check = new FieldChecks();
    AgbCode agb = check.valid(AgbCode.validate("provider", provider));
    check.present("kind", kind);
    check.present("occurredOn", occurredOn);
    String text = Texts.sent(check, "summary", summary);
    return check.resultFrom(() -> new ReportCalamityCommand(agb, kind, occurredOn, reportedOn, text));
  }
}
