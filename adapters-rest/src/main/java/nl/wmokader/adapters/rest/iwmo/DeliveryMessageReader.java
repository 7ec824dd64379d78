package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.IwmoXml.BASIS;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import nl.wmokader.adapters.rest.iwmo.IwmoCursor.Unreadable;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.StopReason;

/**
 * Reads a 305 or a 307 as it streams in, through an {@link IwmoCursor}, element by element in the
 * schema's order. A message whose header cannot be read is {@link Unreadable}: no retour can be
 * addressed. After the header, anything wrong is a problem of the message: a byte order mark, a body
 * out of the schema's order, or a value that is not of its schema type or code list (so that the
 * retour, which repeats every value, is always valid). The BSN's eleven-test is not a type: it is the
 * route's to check.
 */
final class DeliveryMessageReader {
  private static final Set<String> GENDERS = Set.of("0", "1", "2");
  private static final Set<String> DATE_USES = Set.of("1", "2", "3");
  private static final Set<String> STATUSES = Set.of("1", "2", "3", "9");
  /** More products than one client ever has in one message: a message past it is refused, not acted on product by product. */
  static final int MAX_PRODUCTS = 1_000;

  private final IwmoCursor in;
  private final DeliveryMessage.Kind kind;
  private final String ns;

  private DeliveryMessageReader(IwmoCursor in, DeliveryMessage.Kind kind) {
    this.in = in;
    this.kind = kind;
    this.ns = kind.namespace;
  }

  static DeliveryMessage read(InputStream body, DeliveryMessage.Kind kind) throws Unreadable, IOException {
    try (IwmoCursor cursor = IwmoCursor.open(body)) {
      return new DeliveryMessageReader(cursor, kind).message();
    } catch (XMLStreamException | RuntimeException e) {
      // a parser's message may quote the input: never pass it on
      throw new Unreadable("the message is not well-formed XML with a " + kind.name().toLowerCase(java.util.Locale.ROOT)
          + " header");
    }
  }

  private DeliveryMessage message() throws XMLStreamException, Unreadable {
    in.start(ns, "Bericht");
    IwmoHeader header = IwmoHeader.read(in, ns);
    List<DeliveryMessage.Product> products = new ArrayList<>();
    DeliveryMessage.Client client;
    try {
      client = client(products);
    } catch (Unreadable | XMLStreamException | RuntimeException e) {
      in.problem(e instanceof Unreadable ? e.getMessage() : "the message is not well-formed XML");
      return new DeliveryMessage(kind, header, null, List.of(), in.problems());
    }
    return new DeliveryMessage(kind, header, client, products, in.problems());
  }

  private DeliveryMessage.Client client(List<DeliveryMessage.Product> products) throws XMLStreamException, Unreadable {
    in.start(ns, "Client");
    String bsn = in.text(ns, "Bsn");
    check(bsn.length() == 9 && digits(bsn), "Client: Bsn is not nine digits");
    in.start(ns, "Geboortedatum");
    LocalDate birth = in.date(BASIS, "Datum", "Geboortedatum");
    String use = in.optionalText(BASIS, "DatumGebruik");
    check(use == null || DATE_USES.contains(use), "Geboortedatum: DatumGebruik is not in its code list");
    in.end();
    String gender = in.text(ns, "Geslacht");
    check(GENDERS.contains(gender), "Client: Geslacht is not in its code list");
    in.start(ns, "Naam");
    in.start(BASIS, "Geslachtsnaam");
    String surname = in.text(BASIS, "Achternaam");
    check(isName(surname), "Naam: Achternaam is not 1 to 200 characters");
    String prefix = in.optionalText(BASIS, "Voorvoegsel");
    check(prefix == null || !prefix.isEmpty() && prefix.length() <= 10, "Naam: Voorvoegsel is not 1 to 10 characters");
    in.end();
    String firstNames = in.optionalText(BASIS, "Voornamen");
    check(firstNames == null || isName(firstNames), "Naam: Voornamen is not 1 to 200 characters");
    String initials = in.optionalText(BASIS, "Voorletters");
    check(initials == null || isInitials(initials), "Naam: Voorletters is not 1 to 6 letters");
    in.end();   // Naam
    in.start(ns, kind.products);
    do {
      products.add(product(products.size()));
    } while (in.nextIs(kind.product));
    check(products.size() <= MAX_PRODUCTS, "Client: more than " + MAX_PRODUCTS + " products");
    in.end();   // products
    in.end();   // Client
    in.end();   // Bericht
    in.finish();
    return new DeliveryMessage.Client(bsn, birth, use, gender, surname, prefix, firstNames, initials);
  }

  private DeliveryMessage.Product product(int index) throws XMLStreamException, Unreadable {
    String where = kind.product + " " + (index + 1);
    in.start(ns, kind.product);
    String number = in.optionalText(ns, "ToewijzingNummer");
    check(number == null || AssignmentNumber.isWellFormed(number), where + ": ToewijzingNummer is not 1 to 9 digits");
    String category = null;
    String code = null;
    if (in.nextIs("Product")) {
      in.start(ns, "Product");
      category = in.text(BASIS, "Categorie");
      check(isCategory(category), where + ": Categorie is not in its code list");
      code = in.optionalText(BASIS, "Code");
      check(code == null || !code.isEmpty() && code.length() <= 5, where + ": Code is not 1 to 5 characters");
      in.end();
    }
    LocalDate assignmentStart = in.optionalDate(ns, "ToewijzingIngangsdatum", where);
    LocalDate begin = in.date(ns, "Begindatum", where);
    String reason = null;
    LocalDate end = null;
    if (kind == DeliveryMessage.Kind.STOP) {
      reason = in.text(ns, "RedenBeeindiging");
      check(StopReason.ofCode(reason).isDefined(), where + ": RedenBeeindiging is not in its code list");
      end = in.date(ns, "Einddatum", where);
    }
    String status = in.text(ns, "StatusAanlevering");
    check(STATUSES.contains(status), where + ": StatusAanlevering is not in its code list");
    in.end();
    return new DeliveryMessage.Product(number, category, code, assignmentStart, begin, reason, end, status);
  }

  private void check(boolean sound, String problem) {
    if (!sound) {
      in.problem(problem);
    }
  }

  private static boolean digits(String text) {
    return text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** LDT_Naam: 1 to 200 characters, not all white space (the cursor trims). */
  private static boolean isName(String text) {
    return !text.isEmpty() && text.length() <= 200;
  }

  /** LDT_Voorletters: 1 to 6 letters of the Latin alphabet, accents included (À to ỳ). */
  private static boolean isInitials(String text) {
    return !text.isEmpty() && text.length() <= 6
        && text.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 'À' && c <= 'ỳ');
  }

  /** LDT_ProductCategorie: 01 to 18. */
  private static boolean isCategory(String text) {
    if (text.length() != 2 || !digits(text)) {
      return false;
    }
    int value = Integer.parseInt(text);
    return value >= 1 && value <= 18;
  }
}
