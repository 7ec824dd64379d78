package nl.wmokader.adapters.rest.iwmo;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/** The namespaces of iWmo 3.2 and the XML factories this package reads and writes with. */
final class IwmoXml {
  static final String BASIS = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
  static final String WMO301 = namespace("301");
  static final String WMO302 = namespace("302");
  static final String WMO305 = namespace("305");
  static final String WMO306 = namespace("306");
  static final String WMO307 = namespace("307");
  static final String WMO308 = namespace("308");
  static final String WMO315 = namespace("315");
  static final String WMO316 = namespace("316");
  static final String WMO317 = namespace("317");
  static final String WMO318 = namespace("318");
  static final String WMO319 = namespace("319");
  static final String WMO320 = namespace("320");
  static final String WMO323 = namespace("323");
  static final String WMO325 = namespace("325");
  /** The standard's largest message. */
  static final long MAX_MESSAGE_BYTES = 25L * 1024 * 1024;

  private IwmoXml() {}

  /** The namespace of message type {@code number} (301, 323, ...) in release 3.2. */
  static String namespace(String number) {
    return "http://www.istandaarden.nl/iwmo/3_2/wmo" + number + "/schema";
  }

  /**
   * A StAX factory that reads no DTD and resolves no entity: a DOCTYPE, an entity declaration or a
   * reference to an external entity cannot make the parser fetch or expand anything (XXE, entity
   * expansion); the reader refuses a message that has one.
   */
  static XMLInputFactory inputs() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new javax.xml.stream.XMLStreamException("external resources are not read");
    });
    return factory;
  }

  static XMLOutputFactory outputs() {
    return XMLOutputFactory.newFactory();
  }
}
