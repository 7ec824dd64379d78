package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.IwmoXml.WMO319;

import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import nl.wmokader.core.indication.domain.AssignmentRequest;

/**
 * Writes a 319 (antwoordbericht) on a refused request: from the municipality asked to the provider
 * that asked, naming the request by its ReferentieAanbieder, VerzoekAntwoord 1 (refused) and the
 * RedenAfwijzingVerzoek. A granted request is answered by the assignment (a 301), not a 319.
 */
final class Message319Writer {
  static final String CODE = "482";
  /** VerzoekAntwoord: verzoek afgewezen. */
  static final String REFUSED = "1";

  private Message319Writer() {}

  /** The 319 on {@code refused}, as message {@code identification} of {@code dagtekening}. */
  static byte[] write(AssignmentRequest refused, String identification, LocalDate dagtekening) {
    if (refused.refusal().isEmpty()) {
      throw new IllegalArgumentException("a 319 answers a refused request");
    }
    IwmoWriter xml = new IwmoWriter(WMO319, "wmo319", 1024);
    try {
      xml.header(CODE, refused.municipality().value(), refused.provider().value(), identification, dagtekening,
              IwmoWriter.XSD_VERSION).end()
          .start("Antwoord")
          .element("ReferentieAanbieder", refused.reference().value())
          .element("VerzoekAntwoord", REFUSED)
          .element("RedenAfwijzingVerzoek", refused.refusal().get().code())
          .end();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write a 319", e);
    }
    return xml.finish();
  }
}
