package nl.wmokader.adapters.rest.iwmo;

import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Writes the technical retour of a 305 (a 306) or a 307 (a 308) through an {@link IwmoWriter}: the
 * header answering the message's, and, when the message could be judged, its client and products as
 * sent, each with its retourcodes.
 */
final class DeliveryRetourWriter {

  /** The client's and each product's retourcodes, products in the message's order. */
  record Judged(List<String> clientCodes, List<List<String>> productCodes) {}

  private DeliveryRetourWriter() {}

  /**
   * The retour of {@code message}: the header alone when {@code judged} is null, else the client and
   * products too ({@code message} then has no problems, so every value repeats as its schema allows).
   */
  static byte[] write(DeliveryMessage.Kind kind, IwmoRetours.Answered answered, IwmoRetours.Own own,
                      List<String> headerCodes, DeliveryMessage message, Judged judged) {
    IwmoWriter xml = new IwmoWriter(kind.retourNamespace, kind.retourPrefix,
        judged == null ? 2048 : 2048 + 600 * message.products().size());
    try {
      IwmoRetours.header(xml, kind.retourCode, answered, own, headerCodes);
      if (judged != null) {
        client(xml, kind, message, judged);
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write a retour", e);
    }
    return xml.finish();
  }

  private static void client(IwmoWriter xml, DeliveryMessage.Kind kind, DeliveryMessage message, Judged judged)
      throws XMLStreamException {
    DeliveryMessage.Client c = message.client();
    xml.start("Client").element("Bsn", c.bsn())
        .start("Geboortedatum").basis("Datum", c.birthDate().toString());
    if (c.birthDateUse() != null) {
      xml.basis("DatumGebruik", c.birthDateUse());
    }
    xml.end().element("Geslacht", c.gender())
        .start("Naam").startBasis("Geslachtsnaam").basis("Achternaam", c.surname());
    if (c.prefix() != null) {
      xml.basis("Voorvoegsel", c.prefix());
    }
    xml.end();
    if (c.firstNames() != null) {
      xml.basis("Voornamen", c.firstNames());
    }
    if (c.initials() != null) {
      xml.basis("Voorletters", c.initials());
    }
    xml.end().start(kind.products);
    for (int i = 0; i < message.products().size(); i++) {
      product(xml, kind, message.products().get(i), judged.productCodes().get(i));
    }
    xml.end().codes(judged.clientCodes()).end();
  }

  private static void product(IwmoWriter xml, DeliveryMessage.Kind kind, DeliveryMessage.Product p, List<String> codes)
      throws XMLStreamException {
    xml.start(kind.product);
    if (p.number() != null) {
      // as an xs:integer, without the leading zeros a sender may have written
      xml.element("ToewijzingNummer", Long.toString(Long.parseLong(p.number())));
    }
    if (p.category() != null) {
      xml.start("Product").basis("Categorie", p.category());
      if (p.code() != null) {
        xml.basis("Code", p.code());
      }
      xml.end();
    }
    if (p.assignmentStart() != null) {
      xml.element("ToewijzingIngangsdatum", p.assignmentStart().toString());
    }
    xml.element("Begindatum", p.begin().toString());
    if (kind == DeliveryMessage.Kind.STOP) {
      xml.element("RedenBeeindiging", p.reason()).element("Einddatum", p.end().toString());
    }
    xml.element("StatusAanlevering", p.status()).codes(codes).end();
  }
}
