package nl.wmokader.core.indication.port.in;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * An application (aanvraag): on an existing case ({@code indication}), or without a prior report
 * ({@code client} and {@code responsibleMunicipality}, optionally {@code attributedTo}, as in
 * {@link ReportNeedCommand}). Use the factories.
 */
public record SubmitApplicationCommand(Option<IndicationId> indication, Option<Bsn> client,
    Option<MunicipalityCode> responsibleMunicipality, Option<MunicipalityCode> attributedTo, LocalDate appliedOn) {

  public static SubmitApplicationCommand onCase(IndicationId indication, LocalDate appliedOn) {
    return new SubmitApplicationCommand(Option.some(indication), Option.none(), Option.none(), Option.none(), appliedOn);
  }

  public static SubmitApplicationCommand withoutReport(Bsn client, MunicipalityCode responsibleMunicipality,
      Option<MunicipalityCode> attributedTo, LocalDate appliedOn) {
    return new SubmitApplicationCommand(Option.none(), Option.some(client), Option.some(responsibleMunicipality),
        attributedTo, appliedOn);
  }
}
