package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.IwmoXml.BASIS;
import static nl.wmokader.adapters.rest.iwmo.IwmoXml.WMO325;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;

/**
 * Writes a 325 (DeclaratieAntwoord) element by element (StAX), in UTF-8 without a byte order mark.
 * The header answers the 323's header (sender and receiver swapped, its identification as
 * DeclaratieIdentificatie) with the message-level retourcodes; the body, when there is one,
 * repeats each Prestatie as the 323 sent it with its own retourcodes, grouped by client as sent.
 */
final class Message325Writer {
  private static final XMLOutputFactory FACTORY = IwmoXml.outputs();
  static final String CODE = "485";
  private static final String XSD_VERSION = "1.0.0";

  /**
   * Whom the answer goes to and what it answers: the municipality that sends it, the provider it
   * goes to, the 323's identification, dagtekening and XSD versions (each as the schema allows it:
   * the caller puts a stand-in where the 323's own was not, and its retourcodes say so).
   */
  record Addressing(String municipality, String provider, String identification, LocalDate dagtekening,
                    String basisXsdVersion, String messageXsdVersion) {}

  /** What the answer says besides its addressing: its identification, and the retourcodes at every level. */
  record Answer(String identification, LocalDate dagtekening, List<String> headerCodes, Body body) {}

  /**
   * The DeclaratieAntwoord: the totals (signed, credit negative) and per line and per client their
   * retourcodes, in the 323's order; {@code lines} are the 323's.
   */
  record Body(String number, long submittedCents, long approvedCents, List<Message323.ClientGroup> clients,
              List<Message323.Line> lines, List<List<String>> lineCodes, List<List<String>> clientCodes,
              List<String> claimCodes) {}

  private Message325Writer() {}

  static byte[] write(Addressing to, Answer answer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(answer.body() == null ? 2048
        : 1024 + 700 * answer.body().lines().size());
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setPrefix("wmo325", WMO325);
      xml.setPrefix("iwmo", BASIS);
      xml.writeStartElement(WMO325, "Bericht");
      xml.writeNamespace("wmo325", WMO325);
      xml.writeNamespace("iwmo", BASIS);
      header(xml, to, answer);
      if (answer.body() != null) {
        body(xml, answer.body());
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write a 325", e);
    }
    return bytes.toByteArray();
  }

  private static void header(XMLStreamWriter xml, Addressing to, Answer answer) throws XMLStreamException {
    xml.writeStartElement(WMO325, "Header");
    element(xml, WMO325, "BerichtCode", CODE);
    element(xml, WMO325, "BerichtVersie", "3");
    element(xml, WMO325, "BerichtSubversie", "2");
    element(xml, WMO325, "Afzender", to.municipality());
    element(xml, WMO325, "Ontvanger", to.provider());
    identification(xml, "BerichtIdentificatie", answer.identification(), answer.dagtekening());
    versions(xml, "XsdVersie", XSD_VERSION, XSD_VERSION);
    identification(xml, "DeclaratieIdentificatie", to.identification(), to.dagtekening());
    element(xml, WMO325, "XsltVersie", XSD_VERSION);
    versions(xml, "XsdVersieDeclaratie", to.basisXsdVersion(), to.messageXsdVersion());
    codes(xml, answer.headerCodes());
    xml.writeEndElement();
  }

  private static void body(XMLStreamWriter xml, Body body) throws XMLStreamException {
    xml.writeStartElement(WMO325, "DeclaratieAntwoord");
    element(xml, WMO325, "DeclaratieNummer", body.number());
    total(xml, "TotaalIngediendBedrag", body.submittedCents());
    total(xml, "TotaalToegekendBedrag", body.approvedCents());
    xml.writeStartElement(WMO325, "Clienten");
    for (int c = 0; c < body.clients().size(); c++) {
      Message323.ClientGroup client = body.clients().get(c);
      xml.writeStartElement(WMO325, "Client");
      element(xml, WMO325, "Bsn", client.bsn());
      xml.writeStartElement(WMO325, "Prestaties");
      for (int i = client.from(); i < client.to(); i++) {
        line(xml, body.lines().get(i), body.lineCodes().get(i));
      }
      xml.writeEndElement();
      codes(xml, body.clientCodes().get(c));
      xml.writeEndElement();
    }
    xml.writeEndElement();
    codes(xml, body.claimCodes());
    xml.writeEndElement();
  }

  private static void line(XMLStreamWriter xml, Message323.Line sent, List<String> codes) throws XMLStreamException {
    ClaimLineInput in = sent.input();
    xml.writeStartElement(WMO325, "Prestatie");
    xml.writeStartElement(WMO325, "ProductReferentie");
    element(xml, BASIS, "ReferentieNummer", in.reference());
    if (in.previousReference() != null) {
      element(xml, BASIS, "VorigReferentieNummer", in.previousReference());
    }
    xml.writeEndElement();
    // the number as an xs:integer, without the leading zeros a sender may have written
    element(xml, WMO325, "ToewijzingNummer", Long.toString(Long.parseLong(in.assignment())));
    element(xml, WMO325, "ProductCategorie", in.category());
    element(xml, WMO325, "ProductCode", in.product());
    xml.writeStartElement(WMO325, "ProductPeriode");
    element(xml, BASIS, "Begindatum", in.periodStart().toString());
    element(xml, BASIS, "Einddatum", in.periodEnd().toString());
    xml.writeEndElement();
    element(xml, WMO325, "GeleverdVolume", Long.toString(in.volume()));
    element(xml, WMO325, "Eenheid", in.unit());
    if (sent.tariffGiven()) {
      element(xml, WMO325, "ProductTarief", Long.toString(in.tariffCents()));
    }
    xml.writeStartElement(WMO325, "IngediendBedrag");
    element(xml, BASIS, "Bedrag", Long.toString(in.amountCents()));
    element(xml, BASIS, "DebetCredit", in.direction() == DebitCredit.CREDIT ? "C" : "D");
    xml.writeEndElement();
    codes(xml, codes);
    xml.writeEndElement();
  }

  private static void total(XMLStreamWriter xml, String name, long signedCents) throws XMLStreamException {
    xml.writeStartElement(WMO325, name);
    element(xml, BASIS, "TotaalBedrag", Long.toString(Math.abs(signedCents)));
    element(xml, BASIS, "DebetCredit", signedCents < 0 ? "C" : "D");
    xml.writeEndElement();
  }

  private static void identification(XMLStreamWriter xml, String name, String identification, LocalDate dagtekening)
      throws XMLStreamException {
    xml.writeStartElement(WMO325, name);
    element(xml, BASIS, "Identificatie", identification);
    element(xml, BASIS, "Dagtekening", dagtekening.toString());
    xml.writeEndElement();
  }

  private static void versions(XMLStreamWriter xml, String name, String basis, String message) throws XMLStreamException {
    xml.writeStartElement(WMO325, name);
    element(xml, BASIS, "BasisschemaXsdVersie", basis);
    element(xml, BASIS, "BerichtXsdVersie", message);
    xml.writeEndElement();
  }

  /** RetourCodes: every code, as the JSON answer gives them. */
  private static void codes(XMLStreamWriter xml, List<String> codes) throws XMLStreamException {
    xml.writeStartElement(WMO325, "RetourCodes");
    for (String code : codes) {
      element(xml, WMO325, "RetourCode", code);
    }
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
    xml.writeStartElement(namespace, name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
