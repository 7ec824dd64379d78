package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.IwmoXml.WMO316;
import static nl.wmokader.adapters.rest.iwmo.IwmoXml.WMO318;

import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Writes the technical retours on a provider's request: the 316 on a 315 and the 318 on a 317,
 * through an {@link IwmoWriter}. The header repeats the request's header as every retour does
 * ({@link IwmoRetours}: the provider as Afzender, the municipality as Ontvanger, the request's own
 * identification and versions), then the retour's own identification and its retourcodes; the body, when there is one, repeats what identifies each class of
 * the request (the client's BSN, each product's ReferentieAanbieder; the Verzoek's reference and the
 * number of each assignment to change) with that class's retourcodes.
 */
final class RequestRetourWriter {
  static final String CODE_316 = "445";
  static final String CODE_318 = "481";

  /** What a retour says besides its addressing: its identification and the header's retourcodes. */
  record Answer(String identification, LocalDate dagtekening, List<String> headerCodes) {}

  /** A 316's body: the client with its codes, and per AangevraagdProduct its reference and codes. */
  record Body316(String bsn, List<String> clientCodes, List<String> references, List<List<String>> productCodes) {}

  /** A 318's body: the client with its codes, the Verzoek with its codes, per TeWijzigenProduct its number and codes. */
  record Body318(String bsn, List<String> clientCodes, String reference, List<String> requestCodes,
                 List<String> assignments, List<List<String>> changeCodes) {}

  private RequestRetourWriter() {}

  /** The request answered, as the retour repeats it: sent by the provider to the municipality. */
  private static IwmoRetours.Answered answered(Message325Writer.Addressing to) {
    return new IwmoRetours.Answered(to.provider(), to.municipality(), to.identification(), to.dagtekening(),
        to.basisXsdVersion(), to.messageXsdVersion());
  }

  /** A 316; {@code body} null for a retour at the header alone. */
  static byte[] write316(Message325Writer.Addressing to, Answer answer, Body316 body) {
    IwmoWriter xml = new IwmoWriter(WMO316, "wmo316", 2048);
    try {
      IwmoRetours.header(xml, CODE_316, answered(to), new IwmoRetours.Own(answer.identification(), answer.dagtekening()),
          answer.headerCodes());
      if (body != null) {
        xml.start("Client").element("Bsn", body.bsn()).start("AangevraagdeProducten");
        for (int i = 0; i < body.references().size(); i++) {
          xml.start("AangevraagdProduct").element("ReferentieAanbieder", body.references().get(i))
              .codes(body.productCodes().get(i)).end();
        }
        xml.end().codes(body.clientCodes()).end();
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write a 316", e);
    }
    return xml.finish();
  }

  /** A 318; {@code body} null for a retour at the header alone. */
  static byte[] write318(Message325Writer.Addressing to, Answer answer, Body318 body) {
    IwmoWriter xml = new IwmoWriter(WMO318, "wmo318", 2048);
    try {
      IwmoRetours.header(xml, CODE_318, answered(to), new IwmoRetours.Own(answer.identification(), answer.dagtekening()),
          answer.headerCodes());
      if (body != null) {
        xml.start("Client").element("Bsn", body.bsn())
            .start("Verzoek").element("ReferentieAanbieder", body.reference());
        if (!body.assignments().isEmpty()) {
          xml.start("TeWijzigenProducten");
          for (int i = 0; i < body.assignments().size(); i++) {
            xml.start("TeWijzigenProduct").element("ToewijzingNummer", body.assignments().get(i))
                .codes(body.changeCodes().get(i)).end();
          }
          xml.end();
        }
        xml.codes(body.requestCodes()).end().codes(body.clientCodes()).end();
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write a 318", e);
    }
    return xml.finish();
  }
}
