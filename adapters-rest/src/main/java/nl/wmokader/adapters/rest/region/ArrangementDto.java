package nl.wmokader.adapters.rest.region;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.region.domain.ArrangementExtension;
import nl.wmokader.core.region.port.in.ArrangementInForce;

/** The regional arrangement: its term with the extensions so far, and whether it is in force on {@code asOf} (today). */
public record ArrangementDto(LocalDate start, LocalDate originalEnd, LocalDate end, List<ExtensionDto> extensions,
                             LocalDate asOf, boolean inForce) {

  public static ArrangementDto from(ArrangementInForce a) {
    return new ArrangementDto(a.arrangement().start(), a.arrangement().originalEnd(), a.arrangement().end(),
        a.arrangement().extensions().map(ExtensionDto::from).toJavaList(), a.asOf(), a.inForce());
  }

  /** A one-year extension: when it was decided and the end it set. */
  public record ExtensionDto(LocalDate decidedOn, LocalDate newEnd) {
    static ExtensionDto from(ArrangementExtension e) {
      return new ExtensionDto(e.decidedOn(), e.newEnd());
    }
  }
}
