package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.IwmoXml.WMO325;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;

/**
 * Writes a 325 (DeclaratieAntwoord) through an {@link IwmoWriter}.
 * The header answers the 323's header (sender and receiver swapped, its identification as
 * DeclaratieIdentificatie) with the message-level retourcodes; the body, when there is one,
 * repeats each Prestatie as the 323 sent it with its own retourcodes, grouped by client as sent.
 */
final class Message325Writer {
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
    IwmoWriter xml = new IwmoWriter(WMO325, "wmo325", answer.body() == null ? 2048
        : 1024 + 700 * answer.body().lines().size());
    try {
      header(xml, to, answer);
      if (answer.body() != null) {
        body(xml, answer.body());
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write a 325", e);
    }
    return xml.finish();
  }

  private static void header(IwmoWriter xml, Addressing to, Answer answer) throws XMLStreamException {
    xml.header(CODE, to.municipality(), to.provider(), answer.identification(), answer.dagtekening(), XSD_VERSION)
        .identification("DeclaratieIdentificatie", to.identification(), to.dagtekening())
        .element("XsltVersie", XSD_VERSION)
        .versions("XsdVersieDeclaratie", to.basisXsdVersion(), to.messageXsdVersion())
        .codes(answer.headerCodes())
        .end();
  }

  private static void body(IwmoWriter xml, Body body) throws XMLStreamException {
    xml.start("DeclaratieAntwoord")
        .element("DeclaratieNummer", body.number());
    total(xml, "TotaalIngediendBedrag", body.submittedCents());
    total(xml, "TotaalToegekendBedrag", body.approvedCents());
    xml.start("Clienten");
    for (int c = 0; c < body.clients().size(); c++) {
      Message323.ClientGroup client = body.clients().get(c);
      xml.start("Client").element("Bsn", client.bsn()).start("Prestaties");
      for (int i = client.from(); i < client.to(); i++) {
        line(xml, body.lines().get(i), body.lineCodes().get(i));
      }
      xml.end().codes(body.clientCodes().get(c)).end();
    }
    xml.end().codes(body.claimCodes()).end();
  }

  private static void line(IwmoWriter xml, Message323.Line sent, List<String> codes) throws XMLStreamException {
    ClaimLineInput in = sent.input();
    xml.start("Prestatie")
        .start("ProductReferentie").basis("ReferentieNummer", in.reference());
    if (in.previousReference() != null) {
      xml.basis("VorigReferentieNummer", in.previousReference());
    }
    xml.end()
        // the number as an xs:integer, without the leading zeros a sender may have written
        .element("ToewijzingNummer", Long.toString(Long.parseLong(in.assignment())))
        .element("ProductCategorie", in.category())
        .element("ProductCode", in.product())
        .period("ProductPeriode", in.periodStart(), in.periodEnd())
        .element("GeleverdVolume", Long.toString(in.volume()))
        .element("Eenheid", in.unit());
    if (sent.tariffGiven()) {
      xml.element("ProductTarief", Long.toString(in.tariffCents()));
    }
    xml.start("IngediendBedrag")
        .basis("Bedrag", Long.toString(in.amountCents()))
        .basis("DebetCredit", in.direction() == DebitCredit.CREDIT ? "C" : "D")
        .end()
        .codes(codes)
        .end();
  }

  private static void total(IwmoWriter xml, String name, long signedCents) throws XMLStreamException {
    xml.start(name)
        .basis("TotaalBedrag", Long.toString(Math.abs(signedCents)))
        .basis("DebetCredit", signedCents < 0 ? "C" : "D")
        .end();
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
