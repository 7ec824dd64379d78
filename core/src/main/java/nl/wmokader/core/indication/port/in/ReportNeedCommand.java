package nl.wmokader.core.indication.port.in;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A report (melding) of a need for support. {@code attributedTo} names the municipality of origin of
 * a sheltered-housing or shelter case, which the central municipality is then responsible for.
 */
public record ReportNeedCommand(Bsn client, MunicipalityCode responsibleMunicipality,
    Option<MunicipalityCode> attributedTo, LocalDate reportedOn) {

  /** A resident's report to their own municipality. */
  public static ReportNeedCommand of(Bsn client, MunicipalityCode responsibleMunicipality, LocalDate reportedOn) {
    return new ReportNeedCommand(client, responsibleMunicipality, Option.none(), reportedOn);
  }

  /** A sheltered-housing or shelter report, decided by {@code central} for {@code origin}. */
  public static ReportNeedCommand central(Bsn client, MunicipalityCode central, MunicipalityCode origin, LocalDate reportedOn) {
    return new ReportNeedCommand(client, central, Option.some(origin), reportedOn);
  }
}
