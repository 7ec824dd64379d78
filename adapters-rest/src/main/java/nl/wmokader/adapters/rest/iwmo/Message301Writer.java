package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.IwmoXml.WMO301;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.Volume;

/**
 * Writes a 301 (Toewijzing) through an {@link IwmoWriter}: one client's assignments from one
 * municipality to one provider, each as a ToegewezenProduct.
 *
 * <p>The core holds a client's BSN only. What the 301's schema requires beyond it comes from the
 * embedder's {@link IwmoClientParticulars}; without them it is written as the standard's own
 * "unknown": Geboortedatum 1900-01-01 with DatumGebruik 3 (day, month and year unknown), Geslacht 0
 * (unknown), Naam with Achternaam {@value #UNKNOWN_NAME}. NaamGebruik is 1 (own name), and there is
 * one Contact of Soort 01 (BRP address) without an address. Toewijzingstijd is 00:00:00: the core
 * keeps the day of issue, not its time.
 */
final class Message301Writer {
  static final String CODE = "414";
  static final String UNKNOWN_NAME = "Onbekend";
  static final String UNKNOWN_DATE = "1900-01-01";
  private static final String XSD_VERSION = "1.0.0";
  /** LDT_Budget: at most 99,999,999 cents. */
  private static final long MAX_BUDGET_CENTS = 99_999_999L;

  /** Whom it is from and to, its identification and dagtekening. */
  record Header(String municipality, String provider, String identification, LocalDate dagtekening) {}

  private Message301Writer() {}

  /**
   * The 301 of {@code assignments}: one client's, each with a number, from one municipality to one
   * provider; the client's {@code particulars} when known.
   */
  static byte[] write(Header header, List<Assignment> assignments, Option<IwmoClientParticulars.Particulars> particulars) {
    IwmoWriter xml = new IwmoWriter(WMO301, "wmo301", 2048 + 700 * assignments.size());
    try {
      xml.header(CODE, header.municipality(), header.provider(), header.identification(), header.dagtekening(),
          XSD_VERSION).end();
      xml.start("Client").element("Bsn", assignments.get(0).client().value());
      client(xml, particulars);
      xml.start("Contactgegevens").start("Contact").element("Soort", "01").end().end()
          .start("ToegewezenProducten");
      for (Assignment a : assignments) {
        product(xml, a);
      }
      xml.end().end();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write a 301", e);
    }
    return xml.finish();
  }

  private static void client(IwmoWriter xml, Option<IwmoClientParticulars.Particulars> particulars)
      throws XMLStreamException {
    if (particulars.isEmpty()) {
      xml.start("Geboortedatum").basis("Datum", UNKNOWN_DATE).basis("DatumGebruik", "3").end()
          .element("Geslacht", "0")
          .start("Naam").startBasis("Geslachtsnaam").basis("Achternaam", UNKNOWN_NAME).end();
    } else {
      IwmoClientParticulars.Particulars p = particulars.get();
      xml.start("Geboortedatum").basis("Datum", p.birthDate().toString()).end()
          .element("Geslacht", p.gender())
          .start("Naam").startBasis("Geslachtsnaam").basis("Achternaam", p.surname());
      if (p.prefix() != null) {
        xml.basis("Voorvoegsel", p.prefix());
      }
      xml.end();
      if (p.initials() != null) {
        xml.basis("Voorletters", p.initials());
      }
    }
    xml.basis("NaamGebruik", "1").end();
  }

  private static void product(IwmoWriter xml, Assignment a) throws XMLStreamException {
    xml.start("ToegewezenProduct")
        .element("ToewijzingNummer", a.number().get().toString())
        .start("Product").basis("Categorie", a.category().code());
    if (a.product().isDefined()) {
      xml.basis("Code", a.product().get().value());
    }
    xml.end()
        .element("Toewijzingsdatum", a.assignedOn().toString())
        .element("Toewijzingstijd", "00:00:00")
        .element("Ingangsdatum", a.validity().start().toString());
    if (a.validity().end().isDefined()) {
      xml.element("Einddatum", a.validity().end().get().toString());
    }
    if (a.volume().isDefined()) {
      Volume v = a.volume().get();
      if (v.unit() == Unit.EUROS) {
        if (v.quantity() <= MAX_BUDGET_CENTS) {
          xml.element("Budget", Long.toString(v.quantity()));
        }
      } else if (a.product().isDefined()) {
        // without a product code the standard wants no Omvang (TR375/TR412)
        xml.start("Omvang").basis("Volume", Long.toString(v.quantity())).basis("Eenheid", v.unit().code())
            .basis("Frequentie", v.frequency().code()).end();
      }
    }
    xml.end();
  }
}
