package nl.wmokader.adapters.rest.iwmo;

import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * What every technical retour (302, 306, 308, ...) shares: its header repeats the header of the
 * message it answers (sender and receiver as they were, that message's identification and XSD
 * versions), then adds its own identification, dagtekening, versions and the header's retourcodes.
 */
final class IwmoRetours {
  /** The versions of the schemas and rules this package writes retours by. */
  static final String VERSION = "1.0.0";

  private IwmoRetours() {}

  /**
   * The message answered, each value as its schema allows it (a stand-in where the message's own was
   * not, and the retourcodes say why); a 325 refers to its 323 with the same values.
   */
  record Answered(String sender, String receiver, String identification, LocalDate dagtekening,
                  String basisXsdVersion, String messageXsdVersion) {

    /** The header's values where they are what the schema allows; else stand-ins. */
    static Answered of(IwmoHeader h, String sender, String receiver, LocalDate today) {
      return new Answered(sender, receiver,
          IwmoHeader.isIdentification(h.identification()) ? h.identification() : "ONBEKEND",
          h.dagtekening() != null ? h.dagtekening() : today,
          IwmoHeader.isVersion(h.basisXsdVersion()) ? h.basisXsdVersion() : "0.0.0",
          IwmoHeader.isVersion(h.messageXsdVersion()) ? h.messageXsdVersion() : "0.0.0");
    }
  }

  /** The retour's own identification and dagtekening. */
  record Own(String identification, LocalDate dagtekening) {}

  /** The whole Header of a retour of message code {@code code}; {@code codes} none leaves RetourCodes out. */
  static void header(IwmoWriter xml, String code, Answered answered, Own own, List<String> codes)
      throws XMLStreamException {
    xml.start("Header")
        .element("BerichtCode", code)
        .element("BerichtVersie", "3")
        .element("BerichtSubversie", "2")
        .element("Afzender", answered.sender())
        .element("Ontvanger", answered.receiver())
        .identification("BerichtIdentificatie", answered.identification(), answered.dagtekening())
        .versions("XsdVersie", answered.basisXsdVersion(), answered.messageXsdVersion())
        .element("IdentificatieRetour", own.identification())
        .element("DagtekeningRetour", own.dagtekening().toString())
        .element("XsltVersie", VERSION)
        .versions("XsdVersieRetour", VERSION, VERSION);
    if (!codes.isEmpty()) {
      xml.codes(codes);
    }
    xml.end();
  }
}
