package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.IwmoXml.BASIS;

import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;

/**
 * The Header every iWmo message opens with, as sent (text trimmed; {@code dagtekening} null when it
 * is no date, a problem of the cursor saying so). The same elements in every message type, each in
 * that type's own namespace.
 */
record IwmoHeader(String code, String version, String subversion, String sender, String receiver,
                  String identification, LocalDate dagtekening, String basisXsdVersion, String messageXsdVersion) {

  /** Reads the Header of a message whose own elements are in {@code namespace}. */
  static IwmoHeader read(IwmoCursor in, String namespace) throws XMLStreamException, IwmoCursor.Unreadable {
    IwmoHeader header = readOpen(in, namespace);
    in.end();
    return header;
  }

  /** As {@link #read}, leaving the Header open for the elements a retour's header adds. */
  static IwmoHeader readOpen(IwmoCursor in, String namespace) throws XMLStreamException, IwmoCursor.Unreadable {
    in.start(namespace, "Header");
    String code = in.text(namespace, "BerichtCode");
    String version = in.text(namespace, "BerichtVersie");
    String subversion = in.text(namespace, "BerichtSubversie");
    String sender = in.text(namespace, "Afzender");
    String receiver = in.text(namespace, "Ontvanger");
    in.start(namespace, "BerichtIdentificatie");
    String identification = in.text(BASIS, "Identificatie");
    LocalDate dagtekening = in.date(BASIS, "Dagtekening", "BerichtIdentificatie");
    in.end();
    in.start(namespace, "XsdVersie");
    String basis = in.text(BASIS, "BasisschemaXsdVersie");
    String message = in.text(BASIS, "BerichtXsdVersie");
    in.end();
    return new IwmoHeader(code, version, subversion, sender, receiver, identification, dagtekening, basis, message);
  }

  /**
   * Whether the header is what the standard requires of message type {@code code}, apart from whom it
   * comes from and goes to (the route's to judge): its BerichtCode, version 3.2, XSD versions,
   * identification and a readable dagtekening.
   */
  boolean isSoundFor(String expectedCode) {
    return expectedCode.equals(code) && "3".equals(version) && "2".equals(subversion)
        && isVersion(basisXsdVersion) && isVersion(messageXsdVersion)
        && isIdentification(identification) && dagtekening != null;
  }

  /** LDT_IdentificatieBericht: 1 to 12 characters, not all white space. */
  static boolean isIdentification(String text) {
    return text != null && !text.isBlank() && text.length() <= 12;
  }

  /** LDT_Versie: major.minor.patch without leading zeros. */
  static boolean isVersion(String text) {
    return text != null && text.matches("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");
  }
}
