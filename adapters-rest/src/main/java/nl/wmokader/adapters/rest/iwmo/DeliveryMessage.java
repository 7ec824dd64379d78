package nl.wmokader.adapters.rest.iwmo;

import java.time.LocalDate;
import java.util.List;

/**
 * A 305 (start of delivery) or 307 (stop of delivery) as read: its header, its client and its
 * products as the message carries them, and the technical problems the reader found (a value not of
 * its schema type or code list, the structure broken after the header). When there are problems the
 * client and products may be incomplete, and are not acted on. Problems name where, never a value: a
 * message carries BSNs.
 */
record DeliveryMessage(Kind kind, IwmoHeader header, Client client, List<Product> products, List<String> problems) {

  /** The two message types, each with its technical retour. */
  enum Kind {
    /** Start Wmo-ondersteuning, answered by a 306. */
    START("418", "419", IwmoXml.WMO305, IwmoXml.WMO306, "wmo306", "StartProducten", "StartProduct"),
    /** Stop Wmo-ondersteuning, answered by a 308. */
    STOP("420", "421", IwmoXml.WMO307, IwmoXml.WMO308, "wmo308", "StopProducten", "StopProduct");

    final String code;
    final String retourCode;
    final String namespace;
    final String retourNamespace;
    final String retourPrefix;
    final String products;
    final String product;

    Kind(String code, String retourCode, String namespace, String retourNamespace, String retourPrefix,
         String products, String product) {
      this.code = code;
      this.retourCode = retourCode;
      this.namespace = namespace;
      this.retourNamespace = retourNamespace;
      this.retourPrefix = retourPrefix;
      this.products = products;
      this.product = product;
    }
  }

  /**
   * The Client as sent: BSN, Geboortedatum (its Datum and DatumGebruik, the latter null when left
   * out), Geslacht and the short name (CDT_VerkorteNaam: Geslachtsnaam with an optional Voorvoegsel,
   * optional Voornamen and Voorletters; null when left out).
   */
  record Client(String bsn, LocalDate birthDate, String birthDateUse, String gender, String surname, String prefix,
                String firstNames, String initials) {}

  /**
   * One StartProduct or StopProduct as sent: the ToewijzingNummer (null when left out), the Product's
   * Categorie and Code (null when left out), ToewijzingIngangsdatum, Begindatum, for a stop the
   * RedenBeeindiging and Einddatum (null for a start), and StatusAanlevering.
   */
  record Product(String number, String category, String code, LocalDate assignmentStart, LocalDate begin,
                 String reason, LocalDate end, String status) {}

  boolean isTechnicallySound() {
    return problems.isEmpty();
  }
}
