package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.IwmoXml.BASIS;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one iWmo message element by element (StAX) in UTF-8 without a byte order mark: the
 * message's own elements in its namespace, the base schema's in theirs. The writers of each message
 * type say what; this says how, once.
 */
final class IwmoWriter {
  private static final XMLOutputFactory FACTORY = IwmoXml.outputs();
  /** The XSD version of every message this package writes. */
  static final String XSD_VERSION = "1.0.0";

  private final ByteArrayOutputStream bytes;
  private final XMLStreamWriter xml;
  private final String namespace;

  /** Opens the message's {@code Bericht} in {@code namespace} with {@code prefix}, expecting about {@code size} bytes. */
  IwmoWriter(String namespace, String prefix, int size) {
    this.namespace = namespace;
    this.bytes = new ByteArrayOutputStream(size);
    try {
      xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setPrefix(prefix, namespace);
      xml.setPrefix("iwmo", BASIS);
      xml.writeStartElement(namespace, "Bericht");
      xml.writeNamespace(prefix, namespace);
      xml.writeNamespace("iwmo", BASIS);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not start a message", e);
    }
  }

  /**
   * The Header's opening elements (BerichtCode, version 3.2, Afzender, Ontvanger, BerichtIdentificatie,
   * XsdVersie), leaving the Header open for the elements a message type adds.
   */
  IwmoWriter header(String code, String sender, String receiver, String identification, LocalDate dagtekening,
                    String xsdVersion) throws XMLStreamException {
    start("Header");
    element("BerichtCode", code);
    element("BerichtVersie", "3");
    element("BerichtSubversie", "2");
    element("Afzender", sender);
    element("Ontvanger", receiver);
    identification("BerichtIdentificatie", identification, dagtekening);
    versions("XsdVersie", xsdVersion, xsdVersion);
    return this;
  }

  IwmoWriter start(String name) throws XMLStreamException {
    xml.writeStartElement(namespace, name);
    return this;
  }

  /** Opens an element of the base schema (a composite data type's part, such as Geslachtsnaam). */
  IwmoWriter startBasis(String name) throws XMLStreamException {
    xml.writeStartElement(BASIS, name);
    return this;
  }

  IwmoWriter end() throws XMLStreamException {
    xml.writeEndElement();
    return this;
  }

  /** An element of the message's own namespace with {@code text}. */
  IwmoWriter element(String name, String text) throws XMLStreamException {
    return element(namespace, name, text);
  }

  /** An element of the base schema with {@code text}. */
  IwmoWriter basis(String name, String text) throws XMLStreamException {
    return element(BASIS, name, text);
  }

  /** An element that is written only when {@code text} is not null. */
  IwmoWriter optional(String name, String text) throws XMLStreamException {
    return text == null ? this : element(name, text);
  }

  private IwmoWriter element(String ns, String name, String text) throws XMLStreamException {
    xml.writeStartElement(ns, name);
    xml.writeCharacters(text);
    xml.writeEndElement();
    return this;
  }

  /** An identification with its dagtekening (BerichtIdentificatie and the like). */
  IwmoWriter identification(String name, String identification, LocalDate dagtekening) throws XMLStreamException {
    start(name);
    basis("Identificatie", identification);
    basis("Dagtekening", dagtekening.toString());
    return end();
  }

  /** XSD versions (XsdVersie and the like). */
  IwmoWriter versions(String name, String basisVersion, String messageVersion) throws XMLStreamException {
    start(name);
    basis("BasisschemaXsdVersie", basisVersion);
    basis("BerichtXsdVersie", messageVersion);
    return end();
  }

  /** A period of base-schema dates; the end left out when null (an open period). */
  IwmoWriter period(String name, LocalDate from, LocalDate to) throws XMLStreamException {
    start(name);
    basis("Begindatum", from.toString());
    if (to != null) {
      basis("Einddatum", to.toString());
    }
    return end();
  }

  /** RetourCodes with every code. */
  IwmoWriter codes(List<String> codes) throws XMLStreamException {
    start("RetourCodes");
    for (String code : codes) {
      element("RetourCode", code);
    }
    return end();
  }

  /** Closes the Bericht and the document: the message's bytes. */
  byte[] finish() {
    try {
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not finish a message", e);
    }
    return bytes.toByteArray();
  }
}
