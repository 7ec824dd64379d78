package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.IwmoXml.BASIS;
import static nl.wmokader.adapters.rest.iwmo.IwmoXml.WMO323;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import nl.wmokader.adapters.rest.iwmo.IwmoCursor.Unreadable;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;

/**
 * Reads a 323 as it streams in, through an {@link IwmoCursor}: element by element in the schema's
 * order, keeping the lines and never a tree of the message. A message whose header cannot be read
 * (not XML, not UTF-8, a DTD, elements out of order) is {@link Unreadable}: no retour can be
 * addressed. After the header, anything wrong is a problem of the message: a byte order mark, a
 * body out of the schema's order or not well-formed (then no claim is read). Text the core reads
 * (codes, BSNs, references, the assignment number) is passed on as sent.
 */
final class Message323Reader {
  private final IwmoCursor in;

  private Message323Reader(IwmoCursor in) {
    this.in = in;
  }

  static Message323 read(InputStream body) throws Unreadable, IOException {
    try (IwmoCursor cursor = IwmoCursor.open(body)) {
      return new Message323Reader(cursor).message();
    } catch (XMLStreamException | RuntimeException e) {
      // a parser's message may quote the input: never pass it on
      throw new Unreadable("the message is not well-formed XML with a 323 header");
    }
  }

  /**
   * The message; once its header is read, a body that breaks the 323's structure is a problem of the
   * message (answered with a retour), and {@link Message323#claim()} is null.
   */
  private Message323 message() throws XMLStreamException, Unreadable {
    in.start(WMO323, "Bericht");
    IwmoHeader header = IwmoHeader.read(in, WMO323);
    List<Message323.ClientGroup> clients = new ArrayList<>();
    List<Message323.Line> lines = new ArrayList<>();
    Message323.Claim claim;
    try {
      claim = body(clients, lines);
    } catch (Unreadable | XMLStreamException | RuntimeException e) {
      in.problem(e instanceof Unreadable ? e.getMessage() : "the message is not well-formed XML");
      return new Message323(header, null, List.of(), List.of(), in.problems());
    }
    return new Message323(header, claim, clients, lines, in.problems());
  }

  private Message323.Claim body(List<Message323.ClientGroup> clients, List<Message323.Line> lines)
      throws XMLStreamException, Unreadable {
    in.start(WMO323, "Declaratie");
    String number = in.text(WMO323, "DeclaratieNummer");
    in.start(WMO323, "DeclaratiePeriode");
    LocalDate from = in.date(BASIS, "Begindatum", "DeclaratiePeriode");
    LocalDate to = in.date(BASIS, "Einddatum", "DeclaratiePeriode");
    in.end();
    String month = null;
    if (from != null && to != null) {
      if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth())) {
        month = YearMonth.from(from).toString();
      } else {
        in.problem("DeclaratiePeriode: not one calendar month");
      }
    }
    LocalDate signed = in.date(WMO323, "DeclaratieDagtekening", "Declaratie");
    in.start(WMO323, "TotaalIngediendBedrag");
    Long total = signedAmount("TotaalBedrag", "TotaalIngediendBedrag");
    in.end();
    in.start(WMO323, "Clienten");
    do {
      in.start(WMO323, "Client");
      String bsn = in.text(WMO323, "Bsn");
      in.start(WMO323, "Prestaties");
      int first = lines.size();
      do {
        lines.add(line(bsn, lines.size()));
      } while (in.nextIs("Prestatie"));
      in.end();   // Prestaties
      clients.add(new Message323.ClientGroup(bsn, first, lines.size()));
      in.end();   // Client
    } while (in.nextIs("Client"));
    in.end();   // Clienten
    in.end();   // Declaratie
    in.end();   // Bericht
    in.finish();
    return new Message323.Claim(number, month, signed, total);
  }

  private Message323.Line line(String bsn, int index) throws XMLStreamException, Unreadable {
    String where = "Prestatie " + (index + 1);
    in.start(WMO323, "Prestatie");
    in.start(WMO323, "ProductReferentie");
    String reference = in.text(BASIS, "ReferentieNummer");
    String previous = in.optionalText(BASIS, "VorigReferentieNummer");
    in.end();
    String assignment = in.text(WMO323, "ToewijzingNummer");
    String category = in.text(WMO323, "ProductCategorie");
    String product = in.text(WMO323, "ProductCode");
    in.start(WMO323, "ProductPeriode");
    LocalDate from = in.date(BASIS, "Begindatum", where);
    LocalDate to = in.date(BASIS, "Einddatum", where);
    in.end();
    Long volume = in.integer(WMO323, "GeleverdVolume", where);
    String unit = in.text(WMO323, "Eenheid");
    boolean tariffGiven = in.nextIs("ProductTarief");
    Long tariff = tariffGiven ? in.integer(WMO323, "ProductTarief", where) : null;
    if (!tariffGiven && "83".equals(unit)) {
      tariff = 0L;   // a line in euros has no tariff: its volume is its amount, and the core checks no tariff
    }
    in.start(WMO323, "IngediendBedrag");
    Long amount = in.integer(BASIS, "Bedrag", where);
    DebitCredit direction = direction(where);
    in.end();
    in.end();   // Prestatie
    return new Message323.Line(new ClaimLineInput(reference, previous, assignment, bsn, category, product, from, to,
        volume, unit, tariff, amount, direction), tariffGiven);
  }

  /** A total or amount with its DebetCredit: negative for a credit. */
  private Long signedAmount(String element, String where) throws XMLStreamException, Unreadable {
    Long amount = in.integer(BASIS, element, where);
    DebitCredit direction = direction(where);
    return amount == null || direction == null ? null : direction == DebitCredit.CREDIT ? -amount : amount;
  }

  private DebitCredit direction(String where) throws XMLStreamException, Unreadable {
    String dc = in.text(BASIS, "DebetCredit");
    switch (dc) {
      case "D":
        return DebitCredit.DEBIT;
      case "C":
        return DebitCredit.CREDIT;
      default:
        in.problem(where + ": DebetCredit is not D or C");
        return null;
    }
  }
}
