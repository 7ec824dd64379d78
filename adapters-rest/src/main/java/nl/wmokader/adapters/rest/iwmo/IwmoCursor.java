package nl.wmokader.adapters.rest.iwmo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A cursor over an iWmo message as it streams in (StAX): every reader of a message type walks its
 * schema's elements in order through it, never building a tree of the message. What cannot be
 * read at all (not UTF-8, a DTD, an entity, elements out of order) is {@link Unreadable}; a value
 * that is not of its XML type (a date, an integer) is one of the message's {@link #problems()},
 * and reading goes on so that every one is named. Problems and refusals name where, never a value:
 * messages carry BSNs.
 */
final class IwmoCursor implements AutoCloseable {
  private static final XMLInputFactory FACTORY = IwmoXml.inputs();

  /** Why a message (or its body) could not be read; names where, never a value. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  private final XMLStreamReader xml;
  private final List<String> problems = new ArrayList<>();
  private int pushBack = -1;

  private IwmoCursor(XMLStreamReader xml) {
    this.xml = xml;
  }

  /**
   * A cursor at the start of {@code body}: UTF-8 (declared or not); a byte order mark is skipped so
   * that the retour can be addressed, and is the message's first problem.
   */
  static IwmoCursor open(InputStream body) throws Unreadable, IOException {
    // the caller owns the stream: the parser's close must not close it (the rest is still to be digested)
    BufferedInputStream in = new BufferedInputStream(new java.io.FilterInputStream(body) {
      @Override
      public void close() {}
    }, 8192);
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    boolean bom = b0 == 0xEF && b1 == 0xBB && b2 == 0xBF;
    if (bom) {
      in.skip(3);
    }
    if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE || b0 == 0 || b1 == 0) {
      throw new Unreadable("the message is not UTF-8");
    }
    XMLStreamReader xml;
    try {
      xml = FACTORY.createXMLStreamReader(in, "UTF-8");
      String declared = xml.getCharacterEncodingScheme();
      if (declared != null && !declared.equalsIgnoreCase("UTF-8")) {
        xml.close();
        throw new Unreadable("the message declares another encoding than UTF-8");
      }
    } catch (XMLStreamException | RuntimeException e) {
      // a parser's message may quote the input: never pass it on
      throw new Unreadable("the message is not well-formed XML");
    }
    IwmoCursor cursor = new IwmoCursor(xml);
    if (bom) {
      cursor.problem("the message starts with a byte order mark (UTF-8 without one is required)");
    }
    return cursor;
  }

  /** The problems found so far in values of XML types (and any the caller added). */
  List<String> problems() {
    return problems;
  }

  void problem(String problem) {
    problems.add(problem);
  }

  /** The next element, which must be {@code name} in {@code namespace}; its text, trimmed (xs whitespace collapse). */
  String text(String namespace, String name) throws XMLStreamException, Unreadable {
    start(namespace, name);
    return xml.getElementText().strip();
  }

  /** The text of {@code name} when it is the next element, else null (an optional element left out). */
  String optionalText(String namespace, String name) throws XMLStreamException, Unreadable {
    return nextIs(name) ? text(namespace, name) : null;
  }

  /** An LDT_Datum (an xs:date without a time zone); null, with a problem, when it is not one. */
  LocalDate date(String namespace, String name, String where) throws XMLStreamException, Unreadable {
    return parseDate(text(namespace, name), name, where);
  }

  /** An optional LDT_Datum: null when left out. */
  LocalDate optionalDate(String namespace, String name, String where) throws XMLStreamException, Unreadable {
    return nextIs(name) ? date(namespace, name, where) : null;
  }

  private LocalDate parseDate(String text, String name, String where) {
    if (text.length() == 10) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // the problem below
      }
    }
    problems.add(where + ": " + name + " is not a date (yyyy-mm-dd)");
    return null;
  }

  /** An xs:integer of at most 12 digits (the largest of iWmo's, LDT_TotaalBedrag), without sign; null, with a problem, else. */
  Long integer(String namespace, String name, String where) throws XMLStreamException, Unreadable {
    String text = text(namespace, name);
    if (!text.isEmpty() && text.length() <= 12 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Long.parseLong(text);
    }
    problems.add(where + ": " + name + " is not a whole number of at most 12 digits");
    return null;
  }

  /** The start of the message's root, a {@code Bericht} of any namespace: that namespace. */
  String root() throws XMLStreamException, Unreadable {
    int event = next();
    if (event != XMLStreamConstants.START_ELEMENT || !"Bericht".equals(xml.getLocalName())) {
      throw new Unreadable("the message does not start with a Bericht");
    }
    return xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
  }

  /** The start of {@code name} in {@code namespace}, which must come next. */
  void start(String namespace, String name) throws XMLStreamException, Unreadable {
    int event = next();
    if (event != XMLStreamConstants.START_ELEMENT || !name.equals(xml.getLocalName())
        || !namespace.equals(xml.getNamespaceURI())) {
      throw new Unreadable("expected " + name + " where the message has something else");
    }
  }

  /** The end of the element open now, which must come next. */
  void end() throws XMLStreamException, Unreadable {
    if (next() != XMLStreamConstants.END_ELEMENT) {
      throw new Unreadable("an element has content the message type does not have at " + xml.getLocalName());
    }
  }

  /** Whether the next event is the start of {@code name} (of either namespace: {@link #start} checks which). */
  boolean nextIs(String name) throws XMLStreamException, Unreadable {
    int event = next();
    pushBack = event;
    return event == XMLStreamConstants.START_ELEMENT && name.equals(xml.getLocalName());
  }

  /** Reads to the end of the document: nothing but comments and white space may follow the message. */
  void finish() throws XMLStreamException, Unreadable {
    if (pushBack == XMLStreamConstants.START_ELEMENT) {
      throw new Unreadable("content after the message");
    }
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.DTD) {
        throw new Unreadable("content after the message");
      }
    }
  }

  /**
   * Reads past the rest of the document without looking at it (a part the reader does not need);
   * a DTD or an entity reference there is refused as anywhere.
   */
  void skipRest() throws XMLStreamException, Unreadable {
    pushBack = -1;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw new Unreadable("a DTD (document type declaration) is not allowed");
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new Unreadable("an entity reference is not allowed");
      }
    }
  }

  /** The next start or end of an element, skipping whitespace and comments; a DTD or text between elements is refused. */
  private int next() throws XMLStreamException, Unreadable {
    if (pushBack != -1) {
      int event = pushBack;
      pushBack = -1;
      return event;
    }
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
        case XMLStreamConstants.END_ELEMENT:
          return event;
        case XMLStreamConstants.COMMENT:
        case XMLStreamConstants.PROCESSING_INSTRUCTION:
        case XMLStreamConstants.SPACE:
          continue;
        case XMLStreamConstants.CHARACTERS:
          if (xml.isWhiteSpace()) {
            continue;
          }
          throw new Unreadable("text between elements");
        case XMLStreamConstants.DTD:
          throw new Unreadable("a DTD (document type declaration) is not allowed");
        case XMLStreamConstants.ENTITY_REFERENCE:
          throw new Unreadable("an entity reference is not allowed");
        default:
          throw new Unreadable("unexpected content");
      }
    }
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // nothing left to read
    }
  }
}
