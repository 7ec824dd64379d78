package nl.wmokader.adapters.rest.iwmo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes hand-made 305 (start) and 307 (stop) messages for tests: a valid one by default, every part
 * replaceable to tamper with it. A stop is a product with a reason and an end.
 */
public final class DeliveryMessageBuilder {
  /**
   * One StartProduct or StopProduct; {@code number}, {@code category} and {@code assignmentStart}
   * null leave them out, {@code reason} and {@code end} are written for a stop only.
   */
  public record Product(String number, String category, String code, LocalDate assignmentStart, LocalDate begin,
                        String reason, LocalDate end, String status) {
    public static Product start(String number, LocalDate begin) {
      return new Product(number, null, null, null, begin, null, null, "1");
    }

    public static Product stop(String number, LocalDate begin, String reason, LocalDate end) {
      return new Product(number, null, null, null, begin, reason, end, "1");
    }

    public Product withStatus(String newStatus) {
      return new Product(number, category, code, assignmentStart, begin, reason, end, newStatus);
    }

    public Product withProduct(String newCategory, String newCode, LocalDate newAssignmentStart) {
      return new Product(number, newCategory, newCode, newAssignmentStart, begin, reason, end, status);
    }
  }

  private final boolean stop;
  public String code;
  public String version = "3";
  public String subversion = "2";
  public String sender;
  public String receiver;
  public String identification = "S1";
  public String dagtekening;
  public String bsn;
  public String birthDate = "1950-01-01";
  public String gender = "2";
  public String surname = "Testpersoon";
  private final List<Product> products = new ArrayList<>();

  private DeliveryMessageBuilder(boolean stop, String sender, String receiver, String bsn, LocalDate today) {
    this.stop = stop;
    this.code = stop ? "420" : "418";
    this.sender = sender;
    this.receiver = receiver;
    this.bsn = bsn;
    this.dagtekening = today.toString();
  }

  /** A 305 from {@code sender} to {@code receiver} about client {@code bsn}, dated {@code today}. */
  public static DeliveryMessageBuilder start(String sender, String receiver, String bsn, LocalDate today) {
    return new DeliveryMessageBuilder(false, sender, receiver, bsn, today);
  }

  /** A 307 from {@code sender} to {@code receiver} about client {@code bsn}, dated {@code today}. */
  public static DeliveryMessageBuilder stop(String sender, String receiver, String bsn, LocalDate today) {
    return new DeliveryMessageBuilder(true, sender, receiver, bsn, today);
  }

  public DeliveryMessageBuilder product(Product product) {
    products.add(product);
    return this;
  }

  public String number() {
    return stop ? "307" : "305";
  }

  public String xml() {
    String p = "wmo" + number();
    String items = stop ? "StopProduct" : "StartProduct";
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<").append(p).append(":Bericht xmlns:").append(p)
        .append("=\"http://www.istandaarden.nl/iwmo/3_2/").append(p).append("/schema\" ")
        .append("xmlns:iwmo=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\">\n");
    x.append(open(p, "Header")).append(e(p, "BerichtCode", code)).append(e(p, "BerichtVersie", version))
        .append(e(p, "BerichtSubversie", subversion)).append(e(p, "Afzender", sender)).append(e(p, "Ontvanger", receiver))
        .append(open(p, "BerichtIdentificatie")).append(b("Identificatie", identification))
        .append(b("Dagtekening", dagtekening)).append(close(p, "BerichtIdentificatie"))
        .append(open(p, "XsdVersie")).append(b("BasisschemaXsdVersie", "1.0.0")).append(b("BerichtXsdVersie", "1.0.0"))
        .append(close(p, "XsdVersie")).append(close(p, "Header")).append('\n');
    x.append(open(p, "Client")).append(e(p, "Bsn", bsn))
        .append(open(p, "Geboortedatum")).append(b("Datum", birthDate)).append(close(p, "Geboortedatum"))
        .append(e(p, "Geslacht", gender))
        .append(open(p, "Naam")).append("<iwmo:Geslachtsnaam>").append(b("Achternaam", surname))
        .append("</iwmo:Geslachtsnaam>").append(b("Voorletters", "T")).append(close(p, "Naam"))
        .append(open(p, items + "en"));
    for (Product product : products) {
      x.append('\n').append(open(p, items));
      if (product.number() != null) {
        x.append(e(p, "ToewijzingNummer", product.number()));
      }
      if (product.category() != null) {
        x.append(open(p, "Product")).append(b("Categorie", product.category()));
        if (product.code() != null) {
          x.append(b("Code", product.code()));
        }
        x.append(close(p, "Product"));
      }
      if (product.assignmentStart() != null) {
        x.append(e(p, "ToewijzingIngangsdatum", product.assignmentStart().toString()));
      }
      x.append(e(p, "Begindatum", product.begin().toString()));
      if (stop) {
        x.append(e(p, "RedenBeeindiging", product.reason())).append(e(p, "Einddatum", product.end().toString()));
      }
      x.append(e(p, "StatusAanlevering", product.status())).append(close(p, items));
    }
    return x.append(close(p, items + "en")).append(close(p, "Client")).append('\n').append(close(p, "Bericht"))
        .append('\n').toString();
  }

  public byte[] bytes() {
    return xml().getBytes(StandardCharsets.UTF_8);
  }

  private static String open(String p, String name) {
    return "<" + p + ":" + name + ">";
  }

  private static String close(String p, String name) {
    return "</" + p + ":" + name + ">";
  }

  private static String e(String p, String name, String text) {
    return open(p, name) + text + close(p, name);
  }

  private static String b(String name, String text) {
    return "<iwmo:" + name + ">" + text + "</iwmo:" + name + ">";
  }
}
