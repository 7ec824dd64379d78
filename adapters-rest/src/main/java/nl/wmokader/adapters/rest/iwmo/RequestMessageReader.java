package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.IwmoXml.BASIS;
import static nl.wmokader.adapters.rest.iwmo.IwmoXml.WMO315;
import static nl.wmokader.adapters.rest.iwmo.IwmoXml.WMO317;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import nl.wmokader.adapters.rest.iwmo.IwmoCursor.Unreadable;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.port.in.VolumeInput;

/**
 * Reads a 315 or a 317 as it streams in, through an {@link IwmoCursor}, element by element in the
 * schema's order. As for the 323: a header that cannot be read is {@link Unreadable} (no retour can
 * be addressed); after it, a body out of the schema's order is a problem of the message, and the
 * client is then null. Text the core reads (the BSN, references, codes, numbers) is passed on as
 * sent; the personal data a 315 carries besides the BSN (birth date, gender, name, comment) and the
 * referrer are read past, not kept.
 */
final class RequestMessageReader {
  private final IwmoCursor in;
  private final String ns;

  private RequestMessageReader(IwmoCursor in, String ns) {
    this.in = in;
    this.ns = ns;
  }

  static Message315 read315(InputStream body) throws Unreadable, IOException {
    try (IwmoCursor cursor = IwmoCursor.open(body)) {
      return new RequestMessageReader(cursor, WMO315).message315();
    } catch (XMLStreamException | RuntimeException e) {
      // a parser's message may quote the input: never pass it on
      throw new Unreadable("the message is not well-formed XML with a 315 header");
    }
  }

  static Message317 read317(InputStream body) throws Unreadable, IOException {
    try (IwmoCursor cursor = IwmoCursor.open(body)) {
      return new RequestMessageReader(cursor, WMO317).message317();
    } catch (XMLStreamException | RuntimeException e) {
      throw new Unreadable("the message is not well-formed XML with a 317 header");
    }
  }

  private Message315 message315() throws XMLStreamException, Unreadable {
    in.start(ns, "Bericht");
    IwmoHeader header = IwmoHeader.read(in, ns);
    List<Message315.Product> products = new ArrayList<>();
    String client;
    try {
      client = body315(products);
    } catch (Unreadable | XMLStreamException | RuntimeException e) {
      in.problem(e instanceof Unreadable ? e.getMessage() : "the message is not well-formed XML");
      return new Message315(header, null, List.of(), in.problems());
    }
    return new Message315(header, client, products, in.problems());
  }

  private String body315(List<Message315.Product> products) throws XMLStreamException, Unreadable {
    in.start(ns, "Client");
    String bsn = in.text(ns, "Bsn");
    in.start(ns, "Geboortedatum");
    in.date(BASIS, "Datum", "Geboortedatum");
    in.optionalText(BASIS, "DatumGebruik");
    in.end();
    in.text(ns, "Geslacht");
    in.start(ns, "Naam");
    in.start(BASIS, "Geslachtsnaam");
    in.text(BASIS, "Achternaam");
    in.optionalText(BASIS, "Voorvoegsel");
    in.end();
    in.optionalText(BASIS, "Voornamen");
    in.optionalText(BASIS, "Voorletters");
    in.end();
    in.optionalText(ns, "Commentaar");
    in.start(ns, "AangevraagdeProducten");
    do {
      products.add(product315(products.size()));
    } while (in.nextIs("AangevraagdProduct"));
    in.end();   // AangevraagdeProducten
    in.end();   // Client
    in.end();   // Bericht
    in.finish();
    return bsn;
  }

  private Message315.Product product315(int index) throws XMLStreamException, Unreadable {
    String where = "AangevraagdProduct " + (index + 1);
    in.start(ns, "AangevraagdProduct");
    String reference = in.text(ns, "ReferentieAanbieder");
    in.optionalText(ns, "BeschikkingNummer");
    String category = null;
    String code = null;
    if (in.nextIs("Product")) {
      in.start(ns, "Product");
      category = in.text(BASIS, "Categorie");
      code = in.optionalText(BASIS, "Code");
      in.end();
    }
    in.optionalDate(ns, "BeschikkingIngangsdatum", where);
    LocalDate start = in.date(ns, "ToewijzingIngangsdatum", where);
    LocalDate end = in.optionalDate(ns, "ToewijzingEinddatum", where);
    VolumeInput volume = volume(where);
    in.start(ns, "Verwijzer");
    in.text(BASIS, "Type");
    in.optionalText(BASIS, "Naam");
    in.optionalText(BASIS, "ZorgverlenerCode");
    in.end();
    in.optionalText(ns, "Raamcontract");
    in.optionalText(ns, "Commentaar");
    in.end();   // AangevraagdProduct
    return new Message315.Product(reference, category, code, start, end, volume);
  }

  private Message317 message317() throws XMLStreamException, Unreadable {
    in.start(ns, "Bericht");
    IwmoHeader header = IwmoHeader.read(in, ns);
    List<String> unchanged = new ArrayList<>();
    List<Message317.Change> changes = new ArrayList<>();
    try {
      in.start(ns, "Client");
      String bsn = in.text(ns, "Bsn");
      in.start(ns, "Verzoek");
      String reference = in.text(ns, "ReferentieAanbieder");
      String reason = in.text(ns, "RedenVerzoek");
      if (!reason.equals("1") && !reason.equals("2")) {
        in.problem("Verzoek: RedenVerzoek is not a code of its list");
      }
      if (in.nextIs("OngewijzigdeProducten")) {
        in.start(ns, "OngewijzigdeProducten");
        do {
          in.start(ns, "OngewijzigdProduct");
          unchanged.add(in.text(ns, "ToewijzingNummer"));
          in.end();
        } while (in.nextIs("OngewijzigdProduct"));
        in.end();
      }
      if (in.nextIs("TeWijzigenProducten")) {
        in.start(ns, "TeWijzigenProducten");
        do {
          changes.add(change(changes.size()));
        } while (in.nextIs("TeWijzigenProduct"));
        in.end();
      }
      boolean newProducts = in.nextIs("NieuweProducten");
      if (newProducts) {
        skipNewProducts();
      }
      in.end();   // Verzoek
      in.end();   // Client
      in.end();   // Bericht
      in.finish();
      return new Message317(header, bsn, reference, unchanged, changes, newProducts, in.problems());
    } catch (Unreadable | XMLStreamException | RuntimeException e) {
      in.problem(e instanceof Unreadable ? e.getMessage() : "the message is not well-formed XML");
      return new Message317(header, null, null, List.of(), List.of(), false, in.problems());
    }
  }

  private Message317.Change change(int index) throws XMLStreamException, Unreadable {
    String where = "TeWijzigenProduct " + (index + 1);
    in.start(ns, "TeWijzigenProduct");
    String number = in.text(ns, "ToewijzingNummer");
    LocalDate from = in.date(ns, "GewensteIngangsdatum", where);
    LocalDate end = in.optionalDate(ns, "Einddatum", where);
    VolumeInput volume = volume(where);
    in.end();
    return new Message317.Change(number, from, end, volume);
  }

  /** Reads NieuweProducten past: asking for new products in a 317 is answered, not yet carried out. */
  private void skipNewProducts() throws XMLStreamException, Unreadable {
    in.start(ns, "NieuweProducten");
    do {
      in.start(ns, "NieuwProduct");
      if (in.nextIs("Product")) {
        in.start(ns, "Product");
        in.text(BASIS, "Categorie");
        in.optionalText(BASIS, "Code");
        in.end();
      }
      in.date(ns, "GewensteIngangsdatum", "NieuwProduct");
      in.optionalDate(ns, "Einddatum", "NieuwProduct");
      volume("NieuwProduct");
      in.end();
    } while (in.nextIs("NieuwProduct"));
    in.end();
  }

  /**
   * The optional Omvang (Volume, Eenheid, Frequentie: codes the core reads, an unknown one left null
   * for the core to report) and Budget (cents in total, as a volume in euros); null without either.
   */
  private VolumeInput volume(String where) throws XMLStreamException, Unreadable {
    VolumeInput volume = null;
    if (in.nextIs("Omvang")) {
      in.start(ns, "Omvang");
      Long quantity = in.integer(BASIS, "Volume", where);
      Unit unit = Unit.ofCode(in.text(BASIS, "Eenheid")).getOrNull();
      Frequency frequency = Frequency.ofCode(in.text(BASIS, "Frequentie")).getOrNull();
      in.end();
      volume = new VolumeInput(quantity, unit, frequency);
    }
    if (in.nextIs("Budget")) {
      Long cents = in.integer(ns, "Budget", where);
      if (volume == null) {
        volume = new VolumeInput(cents, Unit.EUROS, Frequency.TOTAL);
      }
    }
    return volume;
  }
}
