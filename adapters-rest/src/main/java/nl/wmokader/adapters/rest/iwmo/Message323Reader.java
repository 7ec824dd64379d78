package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.IwmoXml.BASIS;
import static nl.wmokader.adapters.rest.iwmo.IwmoXml.WMO323;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;

/**
 * Reads a 323 as it streams in (StAX): element by element in the schema's order, keeping the lines
 * and never a tree of the message. A message whose header cannot be read (not XML, not UTF-8, a
 * DTD, elements out of order) is {@link Unreadable}: no retour can be addressed. After the header,
 * anything wrong is a problem of the message: a byte order mark, a body out of the schema's order
 * or not well-formed (then no claim is read). Values of XML types (dates, integers, debit/credit) are parsed here; a value
 * that is not of its type is a problem of the message, and reading goes on so that every one is
 * named. Text the core reads (codes, BSNs, references, the assignment number) is passed on as sent.
 */
final class Message323Reader {
  private static final XMLInputFactory FACTORY = IwmoXml.inputs();

  /** Why a message could not be read at all; names where, never a value. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  private final XMLStreamReader xml;
  private final List<String> problems = new ArrayList<>();

  private Message323Reader(XMLStreamReader xml) {
    this.xml = xml;
  }

  static Message323 read(InputStream body) throws Unreadable, IOException {
    BufferedInputStream in = new BufferedInputStream(body, 8192);
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    boolean bom = b0 == 0xEF && b1 == 0xBB && b2 == 0xBF;
    if (bom) {
      in.skip(3);   // read on, so that the retour can be addressed; the mark itself is a problem
    }
    if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE || b0 == 0 || b1 == 0) {
      throw new Unreadable("the message is not UTF-8");
    }
    XMLStreamReader xml = null;
    try {
      xml = FACTORY.createXMLStreamReader(in, "UTF-8");
      String declared = xml.getCharacterEncodingScheme();
      if (declared != null && !declared.equalsIgnoreCase("UTF-8")) {
        throw new Unreadable("the message declares another encoding than UTF-8");
      }
      return new Message323Reader(xml).message(bom);
    } catch (XMLStreamException | RuntimeException e) {
      // a parser's message may quote the input: never pass it on
      throw new Unreadable("the message is not well-formed XML with a 323 header");
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // nothing left to read
        }
      }
    }
  }

  /**
   * The message; once its header is read, a body that breaks the 323's structure is a problem of the
   * message (answered with a retour), and {@link Message323#claim()} is null.
   */
  private Message323 message(boolean bom) throws XMLStreamException, Unreadable {
    if (bom) {
      problems.add("the message starts with a byte order mark (UTF-8 without one is required)");
    }
    start(WMO323, "Bericht");
    Message323.Header header = header();
    List<Message323.ClientGroup> clients = new ArrayList<>();
    List<Message323.Line> lines = new ArrayList<>();
    Message323.Claim claim;
    try {
      claim = body(clients, lines);
    } catch (Unreadable | XMLStreamException | RuntimeException e) {
      problems.add(e instanceof Unreadable ? e.getMessage() : "the message is not well-formed XML");
      return new Message323(header, null, List.of(), List.of(), problems);
    }
    return new Message323(header, claim, clients, lines, problems);
  }

  private Message323.Claim body(List<Message323.ClientGroup> clients, List<Message323.Line> lines)
      throws XMLStreamException, Unreadable {
    start(WMO323, "Declaratie");
    String number = text(WMO323, "DeclaratieNummer");
    start(WMO323, "DeclaratiePeriode");
    LocalDate from = date(BASIS, "Begindatum", "DeclaratiePeriode");
    LocalDate to = date(BASIS, "Einddatum", "DeclaratiePeriode");
    end();
    String month = null;
    if (from != null && to != null) {
      if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth())) {
        month = YearMonth.from(from).toString();
      } else {
        problems.add("DeclaratiePeriode: not one calendar month");
      }
    }
    LocalDate signed = date(WMO323, "DeclaratieDagtekening", "Declaratie");
    start(WMO323, "TotaalIngediendBedrag");
    Long total = signedAmount("TotaalBedrag", "TotaalIngediendBedrag");
    end();
    start(WMO323, "Clienten");
    do {
      start(WMO323, "Client");
      String bsn = text(WMO323, "Bsn");
      start(WMO323, "Prestaties");
      int first = lines.size();
      do {
        lines.add(line(bsn, lines.size()));
      } while (nextIs("Prestatie"));
      end();   // Prestaties
      clients.add(new Message323.ClientGroup(bsn, first, lines.size()));
      end();   // Client
    } while (nextIs("Client"));
    end();   // Clienten
    end();   // Declaratie
    end();   // Bericht
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.DTD) {
        throw new Unreadable("content after the message");
      }
    }
    return new Message323.Claim(number, month, signed, total);
  }

  private Message323.Header header() throws XMLStreamException, Unreadable {
    start(WMO323, "Header");
    String code = text(WMO323, "BerichtCode");
    String version = text(WMO323, "BerichtVersie");
    String subversion = text(WMO323, "BerichtSubversie");
    String sender = text(WMO323, "Afzender");
    String receiver = text(WMO323, "Ontvanger");
    start(WMO323, "BerichtIdentificatie");
    String identification = text(BASIS, "Identificatie");
    LocalDate dagtekening = date(BASIS, "Dagtekening", "BerichtIdentificatie");
    end();
    start(WMO323, "XsdVersie");
    String basis = text(BASIS, "BasisschemaXsdVersie");
    String message = text(BASIS, "BerichtXsdVersie");
    end();
    end();
    return new Message323.Header(code, version, subversion, sender, receiver, identification, dagtekening, basis, message);
  }

  private Message323.Line line(String bsn, int index) throws XMLStreamException, Unreadable {
    String where = "Prestatie " + (index + 1);
    start(WMO323, "Prestatie");
    start(WMO323, "ProductReferentie");
    String reference = text(BASIS, "ReferentieNummer");
    String previous = nextIs("VorigReferentieNummer") ? text(BASIS, "VorigReferentieNummer") : null;
    end();
    String assignment = text(WMO323, "ToewijzingNummer");
    String category = text(WMO323, "ProductCategorie");
    String product = text(WMO323, "ProductCode");
    start(WMO323, "ProductPeriode");
    LocalDate from = date(BASIS, "Begindatum", where);
    LocalDate to = date(BASIS, "Einddatum", where);
    end();
    Long volume = integer(WMO323, "GeleverdVolume", where);
    String unit = text(WMO323, "Eenheid");
    boolean tariffGiven = nextIs("ProductTarief");
    Long tariff = tariffGiven ? integer(WMO323, "ProductTarief", where) : null;
    if (!tariffGiven && "83".equals(unit)) {
      tariff = 0L;   // a line in euros has no tariff: its volume is its amount, and the core checks no tariff
    }
    start(WMO323, "IngediendBedrag");
    Long amount = integer(BASIS, "Bedrag", where);
    DebitCredit direction = direction(where);
    end();
    end();   // Prestatie
    return new Message323.Line(new ClaimLineInput(reference, previous, assignment, bsn, category, product, from, to,
        volume, unit, tariff, amount, direction), tariffGiven);
  }

  /** A total or amount with its DebetCredit: negative for a credit. */
  private Long signedAmount(String element, String where) throws XMLStreamException, Unreadable {
    Long amount = integer(BASIS, element, where);
    DebitCredit direction = direction(where);
    return amount == null || direction == null ? null : direction == DebitCredit.CREDIT ? -amount : amount;
  }

  private DebitCredit direction(String where) throws XMLStreamException, Unreadable {
    String dc = text(BASIS, "DebetCredit");
    switch (dc) {
      case "D":
        return DebitCredit.DEBIT;
      case "C":
        return DebitCredit.CREDIT;
      default:
        problems.add(where + ": DebetCredit is not D or C");
        return null;
    }
  }

  private LocalDate date(String namespace, String name, String where) throws XMLStreamException, Unreadable {
    String text = text(namespace, name);
    // LDT_Datum: an xs:date without a time zone
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

  /** An xs:integer of at most 12 digits (the largest of iWmo's, LDT_TotaalBedrag), without sign. */
  private Long integer(String namespace, String name, String where) throws XMLStreamException, Unreadable {
    String text = text(namespace, name);
    if (!text.isEmpty() && text.length() <= 12 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Long.parseLong(text);
    }
    problems.add(where + ": " + name + " is not a whole number of at most 12 digits");
    return null;
  }

  /** The next element, which must be {@code name} in {@code namespace}; its text, trimmed (xs whitespace collapse). */
  private String text(String namespace, String name) throws XMLStreamException, Unreadable {
    start(namespace, name);
    return xml.getElementText().strip();
  }

  private void start(String namespace, String name) throws XMLStreamException, Unreadable {
    int event = next();
    if (event != XMLStreamConstants.START_ELEMENT || !name.equals(xml.getLocalName())
        || !namespace.equals(xml.getNamespaceURI())) {
      throw new Unreadable("expected " + name + " where the message has something else");
    }
  }

  private void end() throws XMLStreamException, Unreadable {
    if (next() != XMLStreamConstants.END_ELEMENT) {
      throw new Unreadable("an element has content the 323 does not have at " + xml.getLocalName());
    }
  }

  /** Whether the next event is the start of {@code name} (of either namespace: {@link #start} checks which). */
  private boolean nextIs(String name) throws XMLStreamException, Unreadable {
    int event = next();
    pushBack = event;
    return event == XMLStreamConstants.START_ELEMENT && name.equals(xml.getLocalName());
  }

  private int pushBack = -1;

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
}
