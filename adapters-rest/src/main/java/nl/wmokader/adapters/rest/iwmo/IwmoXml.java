package nl.wmokader.adapters.rest.iwmo;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/** The namespaces of iWmo 3.2 and the XML factories this package reads and writes with. */
final class IwmoXml {
  static final String BASIS = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
  static final String WMO323 = "http://www.istandaarden.nl/iwmo/3_2/wmo323/schema";
  static final String WMO325 = "http://www.istandaarden.nl/iwmo/3_2/wmo325/schema";
  /** The standard's largest message. */
  static final long MAX_MESSAGE_BYTES = 25L * 1024 * 1024;

  private IwmoXml() {}

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
